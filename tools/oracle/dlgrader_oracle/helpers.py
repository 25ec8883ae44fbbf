"""The helpers the notebooks provide: activations, the three-layer forward pass and the cost.

The Regularization notebook's ``reg_utils`` and the Gradient Checking notebook's ``gc_utils`` share
the network LINEAR -> RELU -> LINEAR -> RELU -> LINEAR -> SIGMOID with parameters W1, b1, W2, b2,
W3, b3 of any widths.
"""

import numpy as np

from . import ops

CACHE_KEYS = ("Z1", "A1", "W1", "b1", "Z2", "A2", "W2", "b2", "Z3", "A3", "W3", "b3")
"""The keys of the three-layer cache, in the order of the notebook's 12-tuple."""

def sigmoid(x: np.ndarray) -> np.ndarray:
    """1 / (1 + exp(-x)), elementwise."""
    return 1 / (1 + ops.exp(-np.asarray(x, dtype=np.float64)))


def relu(x: np.ndarray) -> np.ndarray:
    """max(0, x), elementwise."""
    return np.maximum(0, np.asarray(x, dtype=np.float64))


def forward_three_layer(X: np.ndarray, parameters: dict) -> tuple[np.ndarray, dict]:
    """The notebooks' ``forward_propagation(X, parameters)``: returns (A3, cache), cache keyed by CACHE_KEYS."""
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    W3, b3 = parameters["W3"], parameters["b3"]
    Z1 = ops.dot(W1, X) + b1
    A1 = relu(Z1)
    Z2 = ops.dot(W2, A1) + b2
    A2 = relu(Z2)
    Z3 = ops.dot(W3, A2) + b3
    A3 = sigmoid(Z3)
    cache = {"Z1": Z1, "A1": A1, "W1": W1, "b1": b1, "Z2": Z2, "A2": A2, "W2": W2, "b2": b2,
             "Z3": Z3, "A3": A3, "W3": W3, "b3": b3}
    return A3, cache


def log_probs(A3: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """-log(A3)·Y + -log(1 - A3)·(1 - Y), elementwise; 0·log 0 gives NaN, as in numpy."""
    with np.errstate(invalid="ignore"):
        return -ops.log(A3) * Y + -ops.log(1 - A3) * (1 - Y)


def compute_cost(A3: np.ndarray, Y: np.ndarray) -> float:
    """``reg_utils.compute_cost``: (1/m)·nansum of the log-probabilities (NaN terms are ignored)."""
    m = Y.shape[1]
    return 1.0 / m * ops.nansum(log_probs(A3, Y))
