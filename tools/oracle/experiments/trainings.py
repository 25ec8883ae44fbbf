"""The eleven trainings of the three notebooks, by name, with what each notebook reports.

The names are the Swift package's experiment names (``grader experiments --help`` lists them).
"""

import math
from dataclasses import dataclass
from typing import Callable

from . import datasets, models


@dataclass(frozen=True)
class Training:
    """One model trained as a notebook trains it."""
    name: str
    dataset: str
    run: Callable  # (X, Y) -> (parameters, [(iteration, cost)])
    printed_every: int  # the notebook prints the cost at iterations (or epochs) divisible by this
    costs_compared: bool = True


def _initialization(kind):
    return lambda X, Y: models.initialization_model(X, Y, kind)


def _regularization(**options):
    return lambda X, Y: models.regularization_model(X, Y, **options)


def _optimization(optimizer, **options):
    return lambda X, Y: models.optimization_model(X, Y, optimizer, **options)


_DECAY = {"learning_rate": 0.1, "decay": models.schedule_lr_decay}

TRAININGS = [
    Training("init-zeros", "circles", _initialization("zeros"), 1000),
    # The first cost is inf and the later ones depend on how log(0) propagates: the notebooks' own
    # runs do not agree on them, only on the accuracies.
    Training("init-random", "circles", _initialization("random"), 1000, costs_compared=False),
    Training("init-he", "circles", _initialization("he"), 1000),
    Training("reg-none", "football", _regularization(), 10000),
    Training("reg-l2", "football", _regularization(lambd=0.7), 10000),
    Training("reg-dropout", "football", _regularization(keep_prob=0.86), 10000),
    Training("opt-gd", "moons", _optimization("gd"), 1000),
    Training("opt-momentum", "moons", _optimization("momentum", beta=0.9), 1000),
    Training("opt-adam", "moons", _optimization("adam"), 1000),
    Training("opt-gd-decay", "moons", _optimization("gd", **_DECAY), 1000),
    Training("opt-momentum-decay", "moons", _optimization("momentum", beta=0.9, **_DECAY), 1000),
]
"""Every training, in the notebooks' order."""


def significant(x: float, digits: int = 12):
    """x rounded to `digits` significant digits (machine-independent text), inf as the string "inf"."""
    if math.isinf(x) or math.isnan(x):
        return str(x)
    return float(f"{x:.{digits}g}")


def run(training: Training, data: dict) -> dict:
    """Trains once and returns the expected-results entry: accuracies and the recorded costs."""
    X, Y = data["train"]
    parameters, costs = training.run(X, Y)
    entry = {"name": training.name, "dataset": training.dataset,
             "train_accuracy": models.predict(X, Y, parameters)[1]}
    if data["test"] is not None:
        Xt, Yt = data["test"]
        entry["test_accuracy"] = models.predict(Xt, Yt, parameters)[1]
    entry["printed_every"] = training.printed_every
    entry["costs_compared"] = training.costs_compared
    entry["costs"] = [[i, significant(c)] for i, c in costs]
    return entry
