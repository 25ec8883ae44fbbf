"""Gradient Checking, N-D: the three-layer network's cost, its backward pass and the gradient check.

``backward_propagation_n_as_handed_out`` is the notebook's provided backward pass with its two
deliberate bugs (dW2 doubled, db1 scaled by 4/m); ``backward_propagation_n`` is the fixed one the
student must produce. One agreed deviation from the notebook: ``vector_to_dictionary`` takes its
shapes from the parameters it inverts, so networks of other widths can be checked.
"""

import numpy as np

from . import ops
from .helpers import forward_three_layer, log_probs

PARAMETER_KEYS = ("W1", "b1", "W2", "b2", "W3", "b3")
"""The order in which parameters are stacked into one vector."""


def forward_propagation_n(X: np.ndarray, Y: np.ndarray, parameters: dict) -> tuple[float, dict]:
    """Returns (cost, cache): cost = (1/m)·sum of the log-probabilities (a plain sum, not nansum)."""
    m = X.shape[1]
    A3, cache = forward_three_layer(X, parameters)
    cost = 1.0 / m * ops.total(log_probs(A3, Y))
    return cost, cache


def backward_propagation_n(X: np.ndarray, Y: np.ndarray, cache: dict) -> dict:
    """The correct backward pass: all eleven gradients (dZ3, dW3, db3, dA2, …, dW1, db1)."""
    return _backward(X, Y, cache, handed_out_bugs=False)


def backward_propagation_n_as_handed_out(X: np.ndarray, Y: np.ndarray, cache: dict) -> dict:
    """The notebook's provided backward pass, bugs included: dW2 multiplied by 2, db1 using 4/m."""
    return _backward(X, Y, cache, handed_out_bugs=True)


def _backward(X: np.ndarray, Y: np.ndarray, cache: dict, handed_out_bugs: bool) -> dict:
    """The notebook's backward pass, with or without its two bugs."""
    m = X.shape[1]
    c = cache
    dZ3 = c["A3"] - Y
    dW3 = 1.0 / m * ops.dot(dZ3, c["A2"].T)
    db3 = 1.0 / m * ops.sum_rows(dZ3)
    dA2 = ops.dot(c["W3"].T, dZ3)
    dZ2 = dA2 * (c["A2"] > 0)
    dW2 = 1.0 / m * ops.dot(dZ2, c["A1"].T)
    if handed_out_bugs:
        dW2 = dW2 * 2
    db2 = 1.0 / m * ops.sum_rows(dZ2)
    dA1 = ops.dot(c["W2"].T, dZ2)
    dZ1 = dA1 * (c["A1"] > 0)
    dW1 = 1.0 / m * ops.dot(dZ1, X.T)
    db1 = (4.0 if handed_out_bugs else 1.0) / m * ops.sum_rows(dZ1)
    return {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2, "dZ2": dZ2, "dW2": dW2, "db2": db2,
            "dA1": dA1, "dZ1": dZ1, "dW1": dW1, "db1": db1}


def dictionary_to_vector(parameters: dict) -> tuple[np.ndarray, list[str]]:
    """Stacks W1, b1, W2, b2, W3, b3 (each row-major) into one column; also returns each entry's key."""
    pieces, keys = [], []
    for key in PARAMETER_KEYS:
        column = np.reshape(parameters[key], (-1, 1))
        pieces.append(column)
        keys += [key] * column.shape[0]
    return np.concatenate(pieces, axis=0), keys


def vector_to_dictionary(theta: np.ndarray, like: dict) -> dict:
    """The inverse of ``dictionary_to_vector``, with the shapes of the parameters ``like``."""
    parameters, start = {}, 0
    for key in PARAMETER_KEYS:
        shape = np.shape(like[key])
        size = int(np.prod(shape))
        parameters[key] = theta[start:start + size].reshape(shape)
        start += size
    if start != theta.shape[0]:
        raise ValueError(f"vector_to_dictionary: {theta.shape[0]} entries for {start} parameters")
    return parameters


def gradients_to_vector(gradients: dict) -> np.ndarray:
    """Stacks dW1, db1, dW2, db2, dW3, db3 (each row-major) into one column."""
    return np.concatenate([np.reshape(gradients["d" + key], (-1, 1)) for key in PARAMETER_KEYS])


def gradient_check_n(parameters: dict, gradients: dict, X: np.ndarray, Y: np.ndarray,
                     epsilon: float = 1e-7) -> float:
    """The relative difference between ``gradients`` and the two-sided difference quotients of the cost.

    Each of the parameters is nudged by ±epsilon in a copy of the stacked vector, the cost
    recomputed with ``forward_propagation_n``, and
    difference = ||grad - gradapprox|| / (||grad|| + ||gradapprox||).
    """
    parameters_values, _ = dictionary_to_vector(parameters)
    grad = gradients_to_vector(gradients)
    num_parameters = parameters_values.shape[0]
    gradapprox = np.zeros((num_parameters, 1))
    for i in range(num_parameters):
        theta_plus = np.copy(parameters_values)
        theta_plus[i] = theta_plus[i] + epsilon
        J_plus, _ = forward_propagation_n(X, Y, vector_to_dictionary(theta_plus, parameters))
        theta_minus = np.copy(parameters_values)
        theta_minus[i] = theta_minus[i] - epsilon
        J_minus, _ = forward_propagation_n(X, Y, vector_to_dictionary(theta_minus, parameters))
        gradapprox[i] = (J_plus - J_minus) / (2 * epsilon)
    numerator = ops.norm(grad - gradapprox)
    denominator = ops.norm(grad) + ops.norm(gradapprox)
    return numerator / denominator
