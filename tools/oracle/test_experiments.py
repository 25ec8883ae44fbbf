"""The oracle's trainings against the notebooks' results (the exercise spec, section 5).

Accuracies must be exactly the printed ones; costs the printed full-precision ones to 1e-12 relative
(numpy's BLAS may add in another order on another machine), the 6-digit epoch costs to 6 digits.
"""

import json

import numpy as np
import pytest

from experiments import datasets, mistakes, models, trainings
from experiments.generate import DEFAULT_OUT, results_text

SPEC = {
    "init-zeros": (0.5, 0.5, {0: 0.6931471805599453, 1000: 0.6931471805599453, 14000: 0.6931471805599453}),
    "init-random": (0.83, 0.86, {}),
    "init-he": (0.9933333333333333, 0.96, {0: 0.8830537463419761, 1000: 0.6879825919728063}),
    "reg-none": (0.9478672985781991, 0.915, {0: 0.6557412523481002}),
    "reg-l2": (0.9383886255924171, 0.93, {}),
    "reg-dropout": (0.9289099526066351, 0.95, {}),
    "opt-gd": (0.7166666666666667, None, {}),
    "opt-momentum": (0.7166666666666667, None, {}),
    "opt-adam": (0.9433333333333334, None, {}),
    "opt-gd-decay": (0.9433333333333334, None, {}),
    "opt-momentum-decay": (0.9533333333333334, None, {}),
}
ADAM_EPOCH_COSTS = {0: 0.702166, 1000: 0.167845, 2000: 0.141316}


@pytest.fixture(scope="module")
def committed():
    """The committed expected results, by experiment name."""
    document = json.loads((DEFAULT_OUT / "notebook-results.json").read_text())
    return {entry["name"]: entry for entry in document["experiments"]}


@pytest.mark.parametrize("name", list(SPEC))
def test_committed_results_are_the_notebooks(committed, name):
    train, test, costs = SPEC[name]
    entry = committed[name]
    assert entry["train_accuracy"] == train
    assert entry.get("test_accuracy") == test
    recorded = dict(entry["costs"])
    for iteration, cost in costs.items():
        assert recorded[iteration] == pytest.approx(cost, rel=1e-12)


def test_first_random_cost_is_infinite(committed):
    assert committed["init-random"]["costs"][0] == [0, "inf"]
    assert committed["init-random"]["costs_compared"] is False


def test_adam_epoch_costs_are_the_notebooks(committed):
    recorded = dict(committed["opt-adam"]["costs"])
    for epoch, cost in ADAM_EPOCH_COSTS.items():
        assert f"{recorded[epoch]:.6f}" == f"{cost:.6f}"


def test_one_training_reproduces_the_committed_file(committed):
    """A fresh run of one fast training gives the committed entry (check-fresh.sh reruns them all)."""
    training = next(t for t in trainings.TRAININGS if t.name == "init-he")
    assert trainings.run(training, datasets.circles()) == committed["init-he"]


def test_datasets_match_scikit_learn_and_the_notebooks_shapes():
    circles = datasets.circles()
    assert circles["train"][0].shape == (2, 300) and circles["test"][0].shape == (2, 100)
    football = datasets.football()
    assert football["train"][0].shape == (2, 211) and football["test"][0].shape == (2, 200)
    moons = datasets.moons()
    assert moons["train"][0].shape == (2, 300) and moons["test"] is None
    for name, data in (("circles", circles), ("football", football), ("moons", moons)):
        shipped = json.loads((DEFAULT_OUT / "datasets" / f"{name}.json").read_text())
        np.testing.assert_array_equal(np.array(shipped["train"]["X"]), data["train"][0])
        np.testing.assert_array_equal(np.array(shipped["train"]["Y"]), data["train"][1])


@pytest.fixture(scope="module")
def known_mistakes():
    """The committed known mistakes, by submission."""
    return json.loads(mistakes.DEFAULT_OUT.read_text())["mistakes"]


def test_wrong_adam_with_a_fixed_power_trains_worse(known_mistakes):
    """The mistake the grader's Adam experiment must catch: bias correction with t fixed at 2."""
    wrong = known_mistakes["fixed-power-adam"]
    notebook = SPEC["opt-adam"][0]
    assert wrong["train_accuracy"] < notebook
    examples = datasets.moons()["train"][0].shape[1]
    assert round((notebook - wrong["train_accuracy"]) * examples) == 2  # beyond the one-example margin
    recorded = dict(wrong["costs"])
    assert abs(recorded[1000] / ADAM_EPOCH_COSTS[1000] - 1) > 0.5  # far beyond the cost tolerance


def test_known_mistakes_file_is_a_fresh_run(known_mistakes):
    """Training every known mistake again gives the committed file's entries."""
    for mistake in mistakes.MISTAKES:
        assert mistakes.run(mistake) == known_mistakes[mistake.submission]
