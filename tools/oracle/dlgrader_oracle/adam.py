"""Optimization methods: Adam."""

import numpy as np

from . import ops


def initialize_adam(parameters: dict) -> tuple[dict, dict]:
    """(v, s): zeros keyed dW_l, db_l, shaped like W_l, b_l."""
    L = len(parameters) // 2
    v, s = {}, {}
    for l in range(1, L + 1):
        for name in ("W" + str(l), "b" + str(l)):
            v["d" + name] = np.zeros(np.shape(parameters[name]))
            s["d" + name] = np.zeros(np.shape(parameters[name]))
    return v, s


def update_parameters_with_adam(parameters: dict, grads: dict, v: dict, s: dict, t: int,
                                learning_rate: float = 0.01, beta1: float = 0.9,
                                beta2: float = 0.999, epsilon: float = 1e-8):
    """One Adam step at time t; returns new (parameters, v, s, v_corrected, s_corrected).

    v = beta1·v + (1 - beta1)·g, v_corrected = v / (1 - beta1**t), s = beta2·s + (1 - beta2)·g²,
    s_corrected = s / (1 - beta2**t), W -= learning_rate·v_corrected / (sqrt(s_corrected) + epsilon).
    """
    L = len(parameters) // 2
    new_parameters, new_v, new_s, v_corrected, s_corrected = {}, {}, {}, {}, {}
    for l in range(1, L + 1):
        for name in ("W" + str(l), "b" + str(l)):
            key = "d" + name
            g = grads[key]
            new_v[key] = beta1 * v[key] + (1 - beta1) * g
            v_corrected[key] = new_v[key] / (1 - ops.power(beta1, t))
            new_s[key] = beta2 * s[key] + (1 - beta2) * np.power(g, 2)
            s_corrected[key] = new_s[key] / (1 - ops.power(beta2, t))
            new_parameters[name] = parameters[name] - learning_rate * v_corrected[key] / (
                np.sqrt(s_corrected[key]) + epsilon)
    return new_parameters, new_v, new_s, v_corrected, s_corrected
