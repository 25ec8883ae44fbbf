"""Plausible student mistakes, each of which the hidden cases must catch (spec section 6), and the
public cases too.

Every mistake is a wrong version of one graded function. It is run on every case of that function,
and at least one hidden case must then fail under the case's own tolerance: a mistake the notebook's
test would let through does not get past the grader. At least one public case must fail as well, so
that a student who sees only the public cases learns of it before the grade does.
"""

import json

import numpy as np
import pytest

import fixture_replay
from dlgrader_oracle import ops
from dlgrader_oracle.adam import update_parameters_with_adam
from dlgrader_oracle.dropout import backward_propagation_with_dropout, forward_propagation_with_dropout
from dlgrader_oracle.gradient_checking import forward_propagation, gradient_check
from dlgrader_oracle.gradient_checking_n import (
    backward_propagation_n, backward_propagation_n_as_handed_out, dictionary_to_vector,
    forward_propagation_n, gradient_check_n, gradients_to_vector, vector_to_dictionary)
from dlgrader_oracle.gradient_descent import random_mini_batches, update_parameters_with_gd
from dlgrader_oracle.helpers import compute_cost
from dlgrader_oracle.initialization import initialize_parameters_random
from dlgrader_oracle.momentum import initialize_velocity
from dlgrader_oracle.regularization import backward_propagation_with_regularization
from generate import fixture_texts

CASES = [case for text in fixture_texts().values() for case in json.loads(text)["cases"]]


def _one_sided_check(x, theta, epsilon):
    grad, approx = x, (forward_propagation(x, theta + epsilon) - forward_propagation(x, theta)) / epsilon
    return abs(grad - approx) / (abs(grad) + abs(approx))


def _one_sided_check_n(parameters, gradients, X, Y, epsilon):
    theta, _ = dictionary_to_vector(parameters)
    grad = gradients_to_vector(gradients)
    J, _ = forward_propagation_n(X, Y, parameters)
    approx = np.zeros_like(grad)
    for i in range(theta.shape[0]):
        plus = theta.copy()
        plus[i] += epsilon
        approx[i] = (forward_propagation_n(X, Y, vector_to_dictionary(plus, parameters))[0] - J) / epsilon
    return ops.norm(grad - approx) / (ops.norm(grad) + ops.norm(approx))


def _he(layers_dims, scale):
    rng = np.random.RandomState(3)
    out = {}
    for l in range(1, len(layers_dims)):
        out[f"W{l}"] = rng.randn(layers_dims[l], layers_dims[l - 1]) * scale(layers_dims, l)
        out[f"b{l}"] = np.zeros((layers_dims[l], 1))
    return out


def _transposed_random(layers_dims):
    rng = np.random.RandomState(3)
    out = {}
    for l in range(1, len(layers_dims)):
        out[f"W{l}"] = rng.randn(layers_dims[l - 1], layers_dims[l]).T * 10
        out[f"b{l}"] = np.zeros((layers_dims[l], 1))
    return out


def _cost_l2(A3, Y, parameters, lambd, factor, total):
    m = Y.shape[1]
    squares = sum(float(np.sum(np.square(parameters[k]))) for k in ("W1", "W2", "W3"))
    with np.errstate(all="ignore"):
        cross_entropy = compute_cost(A3, Y) if total is None else total(A3, Y)
    return cross_entropy + factor * lambd / m * squares


def _plain_sum_cost(A3, Y):
    with np.errstate(all="ignore"):
        return float(np.sum(-np.log(A3) * Y - np.log(1 - A3) * (1 - Y))) / Y.shape[1]


def _regularized_without_m(X, Y, cache, lambd):
    g = backward_propagation_with_regularization(X, Y, cache, 0.0)
    return dict(g, **{f"dW{l}": g[f"dW{l}"] + lambd * cache[f"W{l}"] for l in (1, 2, 3)})


def _dropout_forward_unscaled(X, parameters, keep_prob):
    A3, cache = forward_propagation_with_dropout(X, parameters, 1.0)
    rng = np.random.RandomState(1)
    c = dict(cache)
    c["D1"] = (rng.rand(*c["A1"].shape) < keep_prob).astype(int)
    c["A1"] = c["A1"] * c["D1"]
    c["Z2"] = ops.dot(c["W2"], c["A1"]) + c["b2"]
    c["D2"] = (rng.rand(*c["Z2"].shape) < keep_prob).astype(int)
    c["A2"] = np.maximum(0, c["Z2"]) * c["D2"]
    c["Z3"] = ops.dot(c["W3"], c["A2"]) + c["b3"]
    c["A3"] = 1 / (1 + np.exp(-c["Z3"]))
    return c["A3"], c


def _dropout_backward_unscaled(X, Y, cache, keep_prob):
    return backward_propagation_with_dropout(X, Y, cache, 1.0)


def _gd_two_layers(parameters, grads, learning_rate):
    out = dict(parameters)
    out.update(update_parameters_with_gd({k: parameters[k] for k in ("W1", "b1", "W2", "b2")},
                                         grads, learning_rate))
    return out


def _mini_batches_without_last(X, Y, size, seed):
    batches = random_mini_batches(X, Y, size, seed)
    return batches if X.shape[1] % size == 0 else batches[:-1]


def _mini_batches_unshuffled_labels(X, Y, size, seed):
    return [(bx, Y[:, k * size:k * size + bx.shape[1]])
            for k, (bx, _) in enumerate(random_mini_batches(X, Y, size, seed))]


def _momentum_without_damping(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    new_p, new_v = {}, {}
    for l in range(1, L + 1):
        for n in (f"W{l}", f"b{l}"):
            new_v["d" + n] = beta * v["d" + n] + grads["d" + n]
            new_p[n] = parameters[n] - learning_rate * new_v["d" + n]
    return new_p, new_v


def _adam_at_t2(parameters, grads, v, s, t, learning_rate, beta1, beta2, epsilon):
    return update_parameters_with_adam(parameters, grads, v, s, 2, learning_rate, beta1, beta2,
                                       epsilon)


def _adam_epsilon_inside(parameters, grads, v, s, t, learning_rate, beta1, beta2, epsilon):
    p, nv, ns, vc, sc = update_parameters_with_adam(parameters, grads, v, s, t, learning_rate,
                                                    beta1, beta2, epsilon)
    p = {n: parameters[n] - learning_rate * vc["d" + n] / np.sqrt(sc["d" + n] + epsilon)
         for n in parameters}
    return p, nv, ns, vc, sc


def _adam_default_betas(parameters, grads, v, s, t, learning_rate, beta1, beta2, epsilon):
    return update_parameters_with_adam(parameters, grads, v, s, t, learning_rate, 0.9, 0.999,
                                       epsilon)


MISTAKES = {
    "gradient_check: one-sided difference": ("gradient_check", lambda a: {
        "difference": _one_sided_check(a["x"], a["theta"], a["epsilon"])}),
    "gradient_check: epsilon fixed at 1e-7": ("gradient_check", lambda a: {
        "difference": gradient_check(a["x"], a["theta"], 1e-7)}),
    "backward_propagation_n: bugs left in": ("backward_propagation_n", lambda a: {
        "gradients": backward_propagation_n_as_handed_out(a["X"], a["Y"], a["cache"])}),
    "backward_propagation_n: only dW2 fixed": ("backward_propagation_n", lambda a: {
        "gradients": dict(backward_propagation_n(a["X"], a["Y"], a["cache"]),
                          db1=backward_propagation_n_as_handed_out(a["X"], a["Y"], a["cache"])["db1"])}),
    "gradient_check_n: one-sided difference": ("gradient_check_n", lambda a: {
        "difference": _one_sided_check_n(a["parameters"], a["gradients"], a["X"], a["Y"], a["epsilon"])}),
    "gradient_check_n: epsilon fixed at 1e-7": ("gradient_check_n", lambda a: {
        "difference": gradient_check_n(a["parameters"], a["gradients"], a["X"], a["Y"], 1e-7)}),
    "initialize_parameters_he: sqrt(1 / n_prev)": ("initialize_parameters_he", lambda a: {
        "parameters": _he(a["layers_dims"], lambda d, l: np.sqrt(1 / d[l - 1]))}),
    "initialize_parameters_he: sqrt(2 / n_l)": ("initialize_parameters_he", lambda a: {
        "parameters": _he(a["layers_dims"], lambda d, l: np.sqrt(2 / d[l]))}),
    "initialize_parameters_random: draws W transposed": ("initialize_parameters_random", lambda a: {
        "parameters": _transposed_random(a["layers_dims"])}),
    "initialize_parameters_random: only two layers": ("initialize_parameters_random", lambda a: {
        "parameters": initialize_parameters_random(a["layers_dims"][:3])}),
    "compute_cost_with_regularization: lambd / m instead of lambd / (2m)": (
        "compute_cost_with_regularization", lambda a: {
            "cost": _cost_l2(a["A3"], a["Y"], a["parameters"], a["lambd"], 1.0, None)}),
    "compute_cost_with_regularization: np.sum instead of np.nansum": (
        "compute_cost_with_regularization", lambda a: {
            "cost": _cost_l2(a["A3"], a["Y"], a["parameters"], a["lambd"], 0.5, _plain_sum_cost)}),
    "backward_propagation_with_regularization: lambd·W without /m": (
        "backward_propagation_with_regularization", lambda a: {
            "gradients": _regularized_without_m(a["X"], a["Y"], a["cache"], a["lambd"])}),
    "forward_propagation_with_dropout: no division by keep_prob": (
        "forward_propagation_with_dropout", lambda a: dict(zip(("A3", "cache"), _dropout_forward_unscaled(
            a["X"], a["parameters"], a["keep_prob"])))),
    "forward_propagation_with_dropout: keep_prob fixed at 0.7": (
        "forward_propagation_with_dropout", lambda a: dict(zip(("A3", "cache"), forward_propagation_with_dropout(
            a["X"], a["parameters"], 0.7)))),
    "backward_propagation_with_dropout: no division by keep_prob": (
        "backward_propagation_with_dropout", lambda a: {
            "gradients": _dropout_backward_unscaled(a["X"], a["Y"], a["cache"], a["keep_prob"])}),
    "update_parameters_with_gd: only two layers": ("update_parameters_with_gd", lambda a: {
        "parameters": _gd_two_layers(a["parameters"], a["grads"], a["learning_rate"])}),
    "random_mini_batches: last partial batch dropped": ("random_mini_batches", lambda a: {
        "mini_batches": _mini_batches_without_last(a["X"], a["Y"], a["mini_batch_size"], a["seed"])}),
    "random_mini_batches: labels not shuffled": ("random_mini_batches", lambda a: {
        "mini_batches": _mini_batches_unshuffled_labels(a["X"], a["Y"], a["mini_batch_size"], a["seed"])}),
    "initialize_velocity: only two layers": ("initialize_velocity", lambda a: {
        "v": initialize_velocity({k: a["parameters"][k] for k in ("W1", "b1", "W2", "b2")})}),
    "update_parameters_with_momentum: v = beta·v + grad": ("update_parameters_with_momentum", lambda a: dict(
        zip(("parameters", "v"), _momentum_without_damping(
            a["parameters"], a["grads"], a["v"], a["beta"], a["learning_rate"])))),
    "update_parameters_with_adam: bias correction at t = 2": ("update_parameters_with_adam", lambda a: dict(
        zip(("parameters", "v", "s", "v_corrected", "s_corrected"), _adam_at_t2(**a)))),
    "update_parameters_with_adam: epsilon inside the sqrt": ("update_parameters_with_adam", lambda a: dict(
        zip(("parameters", "v", "s", "v_corrected", "s_corrected"), _adam_epsilon_inside(**a)))),
    "update_parameters_with_adam: default betas": ("update_parameters_with_adam", lambda a: dict(
        zip(("parameters", "v", "s", "v_corrected", "s_corrected"), _adam_default_betas(**a)))),
    "update_lr: exponential decay": ("update_lr", lambda a: {
        "learning_rate": a["learning_rate0"] / (1 + a["decay_rate"]) ** a["epoch_num"]}),
    "schedule_lr_decay: no floor": ("schedule_lr_decay", lambda a: {
        "learning_rate": a["learning_rate0"] / (1 + a["decay_rate"] * a["epoch_num"] / a["time_interval"])}),
    "schedule_lr_decay: round instead of floor": ("schedule_lr_decay", lambda a: {
        "learning_rate": a["learning_rate0"] / (1 + a["decay_rate"] * round(a["epoch_num"] / a["time_interval"]))}),
}
"""Mistake -> (graded function, wrong implementation taking the decoded inputs by name)."""


def _fails(case: dict, runner) -> bool:
    """True when the wrong implementation misses the case's expected outputs (or crashes on it)."""
    inputs = {name: fixture_replay.decode(value) for name, value in case["inputs"].items()}
    recipe = fixture_replay.recipe_of(case)
    if recipe is not None:
        inputs.update(recipe.realize())
    try:
        with np.errstate(all="ignore"):
            actual = runner(inputs)
    except (KeyError, ValueError, IndexError):
        return True
    for name, value in case["expected"].items():
        tolerance = case.get("outputTolerances", {}).get(name, case["tolerance"])
        if fixture_replay.mismatches(actual[name], value, tolerance):
            return True
    return False


@pytest.mark.parametrize("mistake", MISTAKES)
def test_a_hidden_case_catches(mistake):
    function, runner = MISTAKES[mistake]
    cases = [case for case in CASES if case["function"] == function]
    assert cases
    caught = [case["id"] for case in cases if case["visibility"] == "hidden" and _fails(case, runner)]
    assert caught, f"no hidden case of {function} catches: {mistake}"


def test_the_correct_functions_pass_every_case():
    """The harness itself: the oracle's own runners fail nothing."""
    assert not [case["id"] for case in CASES
                if _fails(case, fixture_replay.RUNNERS[case["function"]])]


def _missed_by(keep) -> set[str]:
    """The mistakes that pass every case of their function that ``keep`` selects."""
    return {mistake for mistake, (function, runner) in MISTAKES.items()
            if not any(_fails(case, runner) for case in CASES
                       if case["function"] == function and keep(case))}


def test_the_public_cases_catch_every_one_of_these_mistakes():
    """A student whose public cases pass loses no points to these mistakes (issue: public cases
    predict the grade): each fails a public case of its function, not only hidden ones."""
    assert _missed_by(lambda case: case["visibility"] == "public") == set()


def test_the_notebook_tests_alone_would_miss_some_of_these_mistakes():
    """Why the public cases of general values exist: these mistakes pass every one of the notebook's
    own test cases."""
    missed_by_notebook = _missed_by(lambda case: case["visibility"] == "public"
                                    and case["provenance"].startswith("notebook"))
    assert missed_by_notebook == {
        "gradient_check: epsilon fixed at 1e-7",
        "gradient_check_n: epsilon fixed at 1e-7",
        "initialize_parameters_random: only two layers",
        "compute_cost_with_regularization: np.sum instead of np.nansum",
        "forward_propagation_with_dropout: keep_prob fixed at 0.7",
        "update_parameters_with_gd: only two layers",
        "initialize_velocity: only two layers",
        "update_parameters_with_adam: bias correction at t = 2",
        "schedule_lr_decay: no floor",
        "schedule_lr_decay: round instead of floor",
    }
