"""Regularization, L2 part: the regularized cost and the backward pass with weight decay."""

import numpy as np

from . import ops
from .helpers import compute_cost


def compute_cost_with_regularization(A3: np.ndarray, Y: np.ndarray, parameters: dict,
                                     lambd: float) -> float:
    """Cross-entropy (NaN-ignoring) + (1/m)·(lambd/2)·(sum W1² + sum W2² + sum W3²)."""
    m = Y.shape[1]
    W1, W2, W3 = parameters["W1"], parameters["W2"], parameters["W3"]
    cross_entropy_cost = compute_cost(A3, Y)
    squares = ops.total(np.square(W1)) + ops.total(np.square(W2)) + ops.total(np.square(W3))
    L2_regularization_cost = (1.0 / m) * (lambd / 2) * squares
    return cross_entropy_cost + L2_regularization_cost


def backward_propagation_with_regularization(X: np.ndarray, Y: np.ndarray, cache: dict,
                                             lambd: float) -> dict:
    """Plain backprop with (lambd/m)·W_l added to each dW_l; the db are unchanged."""
    m = X.shape[1]
    c = cache
    dZ3 = c["A3"] - Y
    dW3 = 1.0 / m * ops.dot(dZ3, c["A2"].T) + (lambd / m) * c["W3"]
    db3 = 1.0 / m * ops.sum_rows(dZ3)
    dA2 = ops.dot(c["W3"].T, dZ3)
    dZ2 = dA2 * (c["A2"] > 0)
    dW2 = 1.0 / m * ops.dot(dZ2, c["A1"].T) + (lambd / m) * c["W2"]
    db2 = 1.0 / m * ops.sum_rows(dZ2)
    dA1 = ops.dot(c["W2"].T, dZ2)
    dZ1 = dA1 * (c["A1"] > 0)
    dW1 = 1.0 / m * ops.dot(dZ1, X.T) + (lambd / m) * c["W1"]
    db1 = 1.0 / m * ops.sum_rows(dZ1)
    return {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2, "dZ2": dZ2, "dW2": dW2, "db2": db2,
            "dA1": dA1, "dZ1": dZ1, "dW1": dW1, "db1": db1}
