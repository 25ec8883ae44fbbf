"""Regularization, dropout part: inverted dropout on the two hidden layers, forward and backward."""

import numpy as np

from . import ops
from .helpers import relu, sigmoid

DROPOUT_CACHE_KEYS = ("Z1", "D1", "A1", "W1", "b1", "Z2", "D2", "A2", "W2", "b2",
                      "Z3", "A3", "W3", "b3")
"""The keys of the dropout cache, in the order of the notebook's 14-tuple."""


def forward_propagation_with_dropout(X: np.ndarray, parameters: dict, keep_prob: float = 0.5,
                                     mask_seed: int = 1) -> tuple[np.ndarray, dict]:
    """Returns (A3, cache) with D1, D2 the 0/1 masks (int arrays) and A1, A2 already dropped and scaled.

    The notebook seeds numpy with 1 inside the function and draws D1 = rand(shape of A1) < keep_prob,
    then D2 likewise; ``mask_seed`` (1 for the graded function) lets the fixtures build caches with
    other masks.
    """
    rng = np.random.RandomState(mask_seed)
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    W3, b3 = parameters["W3"], parameters["b3"]
    Z1 = ops.dot(W1, X) + b1
    A1 = relu(Z1)
    D1 = (rng.rand(A1.shape[0], A1.shape[1]) < keep_prob).astype(int)
    A1 = A1 * D1
    A1 = A1 / keep_prob
    Z2 = ops.dot(W2, A1) + b2
    A2 = relu(Z2)
    D2 = (rng.rand(A2.shape[0], A2.shape[1]) < keep_prob).astype(int)
    A2 = A2 * D2
    A2 = A2 / keep_prob
    Z3 = ops.dot(W3, A2) + b3
    A3 = sigmoid(Z3)
    cache = {"Z1": Z1, "D1": D1, "A1": A1, "W1": W1, "b1": b1, "Z2": Z2, "D2": D2, "A2": A2,
             "W2": W2, "b2": b2, "Z3": Z3, "A3": A3, "W3": W3, "b3": b3}
    return A3, cache


def backward_propagation_with_dropout(X: np.ndarray, Y: np.ndarray, cache: dict,
                                      keep_prob: float) -> dict:
    """Plain backprop with dA2 and dA1 multiplied by their masks and divided by keep_prob."""
    m = X.shape[1]
    c = cache
    dZ3 = c["A3"] - Y
    dW3 = 1.0 / m * ops.dot(dZ3, c["A2"].T)
    db3 = 1.0 / m * ops.sum_rows(dZ3)
    dA2 = ops.dot(c["W3"].T, dZ3)
    dA2 = dA2 * c["D2"]
    dA2 = dA2 / keep_prob
    dZ2 = dA2 * (c["A2"] > 0)
    dW2 = 1.0 / m * ops.dot(dZ2, c["A1"].T)
    db2 = 1.0 / m * ops.sum_rows(dZ2)
    dA1 = ops.dot(c["W2"].T, dZ2)
    dA1 = dA1 * c["D1"]
    dA1 = dA1 / keep_prob
    dZ1 = dA1 * (c["A1"] > 0)
    dW1 = 1.0 / m * ops.dot(dZ1, X.T)
    db1 = 1.0 / m * ops.sum_rows(dZ1)
    return {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2, "dZ2": dZ2, "dW2": dW2, "db2": db2,
            "dA1": dA1, "dZ1": dZ1, "dW1": dW1, "db1": db1}
