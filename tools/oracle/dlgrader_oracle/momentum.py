"""Optimization methods: gradient descent with momentum."""

import numpy as np


def initialize_velocity(parameters: dict) -> dict:
    """v["dW_l"], v["db_l"] zeros shaped like W_l, b_l, for l = 1…L."""
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        v["dW" + str(l)] = np.zeros(np.shape(parameters["W" + str(l)]))
        v["db" + str(l)] = np.zeros(np.shape(parameters["b" + str(l)]))
    return v


def update_parameters_with_momentum(parameters: dict, grads: dict, v: dict, beta: float,
                                    learning_rate: float) -> tuple[dict, dict]:
    """v = beta·v + (1 - beta)·grad, then W -= learning_rate·v; returns new (parameters, v)."""
    L = len(parameters) // 2
    new_parameters, new_v = {}, {}
    for l in range(1, L + 1):
        for name in ("W" + str(l), "b" + str(l)):
            new_v["d" + name] = beta * v["d" + name] + (1 - beta) * grads["d" + name]
            new_parameters[name] = parameters[name] - learning_rate * new_v["d" + name]
    return new_parameters, new_v
