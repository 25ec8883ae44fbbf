"""Trains the known mistakes of Tests/Submissions as the notebooks train, for the end-to-end tests.

    python3 tools/oracle/experiments/mistakes.py             # into Tests/GraderEndToEndTests/known-mistakes.json
    python3 tools/oracle/experiments/mistakes.py --out FILE  # somewhere else (CI compares)

Each entry is what numpy gets when a prepared submission's wrong function trains the notebook's
model: the training accuracy the grader must report for it, and the costs at the notebook's printed
checkpoints, rounded to 12 significant digits as in notebook-results.json.
"""

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from experiments import datasets, models, trainings  # noqa: E402

DEFAULT_OUT = datasets.REPOSITORY_ROOT / "Tests" / "GraderEndToEndTests" / "known-mistakes.json"


@dataclass(frozen=True)
class Mistake:
    """A prepared submission (``Tests/Submissions/<submission>``) that trains one experiment off the notebook."""
    submission: str
    experiment: str  # the name of its training in trainings.TRAININGS
    run: Callable  # (X, Y) -> (parameters, [(epoch, cost)])


def update_parameters_with_adam_fixed_power(parameters, grads, v, s, t, *rest):
    """Adam bias-corrected with 1 − β² at every step instead of 1 − βᵗ: the notebook's step with t fixed at 2."""
    return models.update_parameters_with_adam(parameters, grads, v, s, 2, *rest)


MISTAKES = [
    Mistake("fixed-power-adam", "opt-adam",
            lambda X, Y: models.optimization_model(X, Y, "adam", adam_update=update_parameters_with_adam_fixed_power)),
]
"""Every known mistake the end-to-end tests grade in an experiment."""


def run(mistake: Mistake) -> dict:
    """Trains once and returns the mistake's entry: its training accuracy and the printed checkpoints' costs."""
    training = next(t for t in trainings.TRAININGS if t.name == mistake.experiment)
    X, Y = datasets.LOADERS[training.dataset]()["train"]
    parameters, costs = mistake.run(X, Y)
    return {"experiment": mistake.experiment,
            "train_accuracy": models.predict(X, Y, parameters)[1],
            "costs": [[i, trainings.significant(c)] for i, c in costs if i % training.printed_every == 0]}


def results_text() -> str:
    """The known-mistakes file: every mistake's entry, by submission."""
    document = {
        "generator": "tools/oracle/experiments/mistakes.py",
        "mistakes": {mistake.submission: run(mistake) for mistake in MISTAKES},
    }
    return json.dumps(document, indent=1) + "\n"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the file to write")
    args = parser.parse_args(argv)
    text = results_text()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(text.encode("utf-8"))
    print(f"{args.out}: {len(text.encode('utf-8'))} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
