"""The notebooks' datasets: circles (Initialization), football (Regularization), moons (Optimization).

Each dataset is a dict ``{"train": (X, Y), "test": (X, Y) or None}`` with one example per column of X
(2 × m) and Y of shape 1 × m holding 0/1 labels, as the notebooks' ``load_dataset`` functions return them.
"""

import json
from pathlib import Path

import numpy as np
import sklearn.datasets

REPOSITORY_ROOT = Path(__file__).resolve().parents[3]
FOOTBALL_JSON = Path(__file__).resolve().parent / "data" / "football.json"
"""The football data converted from the notebook's data.mat, vendored beside this file (``data/README.md``)."""


def _as_columns(X, y):
    """scikit-learn's (m, 2) points and (m,) labels as the notebooks' (2, m) and (1, m) arrays."""
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    return X.T, y.reshape((1, y.shape[0]))


def circles():
    """init_utils.load_dataset: seed 1, 300 training circles points; seed 2, 100 test points."""
    np.random.seed(1)
    train = _as_columns(*sklearn.datasets.make_circles(n_samples=300, noise=.05))
    np.random.seed(2)
    test = _as_columns(*sklearn.datasets.make_circles(n_samples=100, noise=.05))
    return {"train": train, "test": test}


def moons():
    """opt_utils.load_dataset: seed 3, 300 moons points with noise 0.2, no test set."""
    np.random.seed(3)
    train = _as_columns(*sklearn.datasets.make_moons(n_samples=300, noise=.2))
    return {"train": train, "test": None}


def football(path: Path = FOOTBALL_JSON):
    """reg_utils.load_2D_dataset: X, y (211 points) for training and Xval, yval (200) for testing."""
    data = json.loads(path.read_text())

    def part(name):
        return _as_columns(data[name]["X"], data[name]["y"])

    return {"train": part("train"), "test": part("test")}


LOADERS = {"circles": circles, "football": football, "moons": moons}
"""Every dataset by name, in the notebooks' order."""


def render(name: str, dataset: dict) -> str:
    """The dataset as the JSON text the Swift package ships: rows of X, labels as integers."""
    def part(pair):
        if pair is None:
            return None
        X, Y = pair
        return {"X": [[float(x) for x in row] for row in X], "Y": [[int(y) for y in row] for row in Y]}

    document = {
        "name": name,
        "generator": "tools/oracle/experiments/generate.py",
        "train": part(dataset["train"]),
        "test": part(dataset["test"]),
    }
    return json.dumps(document, indent=1) + "\n"
