"""The oracle against every value the notebooks print (docs: the exercise spec, sections 0–4).

Full-precision values that involve no summation (random draws, shuffles, scalar arithmetic) must
match exactly. Values that sum are compared with a relative tolerance of 1e-12 or so, since the
oracle sums with math.fsum and numpy with BLAS. The gradient-check difference with correct gradients
is rounding noise and moves more (see cases/gradient_check_n.py). Values the notebooks print
with 8 decimals are compared to 8 decimals.
"""

import numpy as np
import pytest

from cases.common import NOTEBOOK_OPTIMIZATION_SHAPES, draw_layers, draw_shapes
from cases.dropout import notebook_problem as dropout_notebook_problem
from cases.gradient_check_n import correct_gradients, handed_out_gradients, notebook_problem
from cases.notebook_literals import A3_COST, DROPOUT_CACHE, LABELS, REGULARIZATION_CACHE
from dlgrader_oracle.adam import initialize_adam, update_parameters_with_adam
from dlgrader_oracle.dropout import backward_propagation_with_dropout, forward_propagation_with_dropout
from dlgrader_oracle.gradient_checking import backward_propagation, forward_propagation, gradient_check
from dlgrader_oracle.gradient_checking_n import (
    dictionary_to_vector, forward_propagation_n, gradient_check_n, gradients_to_vector,
    vector_to_dictionary)
from dlgrader_oracle.gradient_descent import random_mini_batches, update_parameters_with_gd
from dlgrader_oracle.initialization import (
    initialize_parameters_he, initialize_parameters_random, initialize_parameters_zeros)
from dlgrader_oracle.learning_rate_decay import schedule_lr_decay, update_lr
from dlgrader_oracle.momentum import initialize_velocity, update_parameters_with_momentum
from dlgrader_oracle.regularization import (
    backward_propagation_with_regularization, compute_cost_with_regularization)


def assert_printed(actual, printed) -> None:
    """Equal to the notebook's 8-decimal print: within half a unit of the 8th decimal (plus rounding)."""
    np.testing.assert_allclose(np.asarray(actual), np.asarray(printed), rtol=0, atol=5.000001e-9)


# Section 0: numpy's legacy RandomState checkpoints.

def test_randn_checkpoints():
    np.random.seed(1)
    assert np.random.randn(4).tolist() == [1.6243453636632417, -0.6117564136500754,
                                           -0.5281717522634557, -1.0729686221561705]
    np.random.seed(3)
    assert np.random.randn(3).tolist() == [1.7886284734303186, 0.43650985051198943,
                                           0.09649746807200862]


def test_rand_checkpoints():
    np.random.seed(1)
    assert np.random.rand(3).tolist() == [0.417022004702574, 0.7203244934421581,
                                          0.00011437481734488664]


def test_permutation_checkpoints():
    for n, start in ((3, [2, 1, 0]), (7, [6, 2, 1, 3, 0, 5, 4]), (148, [24, 7, 37, 114, 27])):
        np.random.seed(0)
        assert np.random.permutation(n).tolist()[:len(start)] == start


def test_a_randomstate_instance_draws_what_the_global_generator_draws():
    """The oracle uses RandomState objects where the notebooks call np.random.seed: same stream."""
    np.random.seed(5)
    expected = [np.random.randn(2, 3), np.random.rand(3, 1), np.random.randn(1, 1)]
    rng = np.random.RandomState(5)
    actual = [rng.randn(2, 3), rng.rand(3, 1), rng.randn(1, 1)]
    assert all(np.array_equal(a, e) for a, e in zip(actual, expected))


# Section 1: gradient checking.

def test_one_dimensional_model():
    assert forward_propagation(2, 4) == 8
    assert backward_propagation(2, 4) == 2
    assert gradient_check(2.0, 4.0, 1e-7) == 2.919335883291695e-10
    assert gradient_check(3.0, 4.0, 1e-7) == 7.814075313343006e-11
    assert gradient_check(3.0, 4.0, 1e-7) < 2e-7


def test_vectorising_the_notebook_parameters_round_trips_47_values():
    problem = notebook_problem()
    theta, keys = dictionary_to_vector(problem.parameters)
    assert theta.shape == (47, 1)
    assert keys[:20] == ["W1"] * 20 and keys[46] == "b3"
    assert theta[20, 0] == problem.parameters["b1"][0, 0]
    back = vector_to_dictionary(theta, problem.parameters)
    assert all(np.array_equal(back[k], problem.parameters[k]) for k in problem.parameters)
    assert gradients_to_vector(correct_gradients(problem)).shape == (47, 1)


def test_vector_to_dictionary_takes_shapes_from_the_parameters_it_inverts():
    parameters = draw_layers(np.random.RandomState(2), [3, 6, 4, 1])
    theta, _ = dictionary_to_vector(parameters)
    back = vector_to_dictionary(theta, parameters)
    assert {k: v.shape for k, v in back.items()} == {k: v.shape for k, v in parameters.items()}
    with pytest.raises(ValueError):
        vector_to_dictionary(theta[:-1], parameters)


def test_notebook_cost():
    problem = notebook_problem()
    cost, _ = forward_propagation_n(problem.X, problem.Y, problem.parameters)
    assert cost == pytest.approx(2.407833389834357, rel=1e-14)


def test_handed_out_backward_pass_has_exactly_the_two_bugs():
    problem = notebook_problem()
    good, bad = correct_gradients(problem), handed_out_gradients(problem)
    assert set(good) == set(bad)
    for key in good:
        if key == "dW2":
            assert np.array_equal(bad[key], 2 * good[key])
        elif key == "db1":
            np.testing.assert_allclose(bad[key], 4 * good[key], rtol=1e-15)
        else:
            assert np.array_equal(bad[key], good[key])


@pytest.mark.parametrize("which, notebook_value, rtol", [
    ("handed out", 0.2850931567761623, 1e-8),
    ("fixed", 1.1890913024229996e-07, 1e-3),
    ("only dW2 wrong", 0.17344196893145924, 1e-8),
    ("only db1 wrong", 0.2544229712458523, 1e-8),
])
def test_notebook_gradient_check_differences(which, notebook_value, rtol):
    problem = notebook_problem()
    good, bad = correct_gradients(problem), handed_out_gradients(problem)
    gradients = {"handed out": bad, "fixed": good, "only dW2 wrong": dict(good, dW2=bad["dW2"]),
                 "only db1 wrong": dict(good, db1=bad["db1"])}[which]
    difference = gradient_check_n(problem.parameters, gradients, problem.X, problem.Y, 1e-7)
    assert difference == pytest.approx(notebook_value, rel=rtol)


# Section 2: initialization.

def test_zeros():
    parameters = initialize_parameters_zeros([3, 2, 1])
    assert list(parameters) == ["W1", "b1", "W2", "b2"]
    assert parameters["W1"].shape == (2, 3) and parameters["b2"].shape == (1, 1)
    assert all(not v.any() for v in parameters.values())


def test_random():
    parameters = initialize_parameters_random([3, 2, 1])
    assert_printed(parameters["W1"], [[17.88628473, 4.36509851, 0.96497468],
                                      [-18.63492703, -2.77388203, -3.54758979]])
    assert_printed(parameters["W2"], [[-0.82741481, -6.27000677]])
    assert not parameters["b1"].any() and not parameters["b2"].any()


def test_he():
    parameters = initialize_parameters_he([2, 4, 1])
    assert_printed(parameters["W1"], [[1.78862847, 0.43650985], [0.09649747, -1.8634927],
                                      [-0.2773882, -0.35475898], [-0.08274148, -0.62700068]])
    assert_printed(parameters["W2"], [[-0.03098412, -0.33744411, -0.92904268, 0.62552248]])
    assert parameters["b1"].shape == (4, 1) and not parameters["b1"].any()


# Section 3: regularization.

def test_regularized_cost():
    parameters = draw_layers(np.random.RandomState(1), [3, 2, 3, 1])
    cost = compute_cost_with_regularization(A3_COST, LABELS, parameters, 0.1)
    assert cost == pytest.approx(1.7864859451590758, rel=1e-14)


def test_regularized_backward_pass():
    X = np.random.RandomState(1).randn(3, 5)
    gradients = backward_propagation_with_regularization(X, LABELS, REGULARIZATION_CACHE, 0.7)
    assert_printed(gradients["dW1"], [[-0.25604646, 0.12298827, -0.28297129],
                                      [-0.17706303, 0.34536094, -0.4410571]])
    assert_printed(gradients["dW2"], [[0.79276486, 0.85133918], [-0.0957219, -0.01720463],
                                      [-0.13100772, -0.03750433]])
    assert_printed(gradients["dW3"], [[-1.77691347, -0.11832879, -0.09397446]])


def test_literal_cache_weights_are_the_seed_1_draws_after_X():
    rng = np.random.RandomState(1)
    rng.randn(3, 5)
    drawn = draw_layers(rng, [3, 2, 3, 1])
    for key, value in drawn.items():
        assert_printed(REGULARIZATION_CACHE[key], value)
        assert np.array_equal(DROPOUT_CACHE[key], REGULARIZATION_CACHE[key])


def test_dropout_forward_pass():
    problem = dropout_notebook_problem()
    A3, cache = forward_propagation_with_dropout(problem.X, problem.parameters, 0.7)
    np.testing.assert_allclose(A3, [[0.36974720617815354, 0.003051758134649767,
                                     0.045650993373441896, 0.4968338925883705,
                                     0.36974720617815354]], rtol=1e-14)
    assert cache["D1"].tolist() == [[1, 0, 1, 1, 1], [1, 1, 1, 1, 1]]
    assert cache["D2"].tolist() == [[1, 1, 1, 0, 1], [1, 1, 1, 1, 1], [0, 0, 1, 1, 0]]
    assert list(cache) == ["Z1", "D1", "A1", "W1", "b1", "Z2", "D2", "A2", "W2", "b2",
                           "Z3", "A3", "W3", "b3"]


def test_dropout_backward_pass():
    X = np.random.RandomState(1).randn(3, 5)
    gradients = backward_propagation_with_dropout(X, LABELS, DROPOUT_CACHE, 0.8)
    assert_printed(gradients["dA1"], [[0.36544439, 0, -0.00188233, 0, -0.17408748],
                                      [0.65515713, 0, -0.00337459, 0, 0]])


# Section 4: optimization methods.

def notebook_optimization_draws():
    """seed 1; W1, b1, W2, b2, then dW1, db1, dW2, db2 with the notebook's shapes."""
    rng = np.random.RandomState(1)
    return draw_shapes(rng, NOTEBOOK_OPTIMIZATION_SHAPES), draw_shapes(
        rng, NOTEBOOK_OPTIMIZATION_SHAPES, prefix="d")


def test_gradient_descent_step():
    parameters, grads = notebook_optimization_draws()
    updated = update_parameters_with_gd(parameters, grads, 0.01)
    assert_printed(updated["W1"], [[1.63535156, -0.62320365, -0.53718766],
                                   [-1.07799357, 0.85639907, -2.29470142]])


def test_notebook_mini_batches():
    rng = np.random.RandomState(1)
    X = rng.randn(12288, 148)
    Y = rng.randn(1, 148) < 0.5
    batches = random_mini_batches(X, Y, 64)
    assert [b[0].shape for b in batches] == [(12288, 64), (12288, 64), (12288, 20)]
    assert [b[1].shape for b in batches] == [(1, 64), (1, 64), (1, 20)]
    assert_printed(batches[0][0][0, :3], [0.90085595, -0.7612069, 0.2344157])


def test_small_mini_batches_follow_permutation_2_1_0():
    rng = np.random.RandomState(1)
    X = rng.randn(7, 3)
    Y = rng.randn(1, 3) < 0.5
    batches = random_mini_batches(X, Y, 2, 0)
    assert np.array_equal(batches[0][0], X[:, [2, 1]]) and np.array_equal(batches[1][0], X[:, [0]])
    assert np.array_equal(batches[0][1], Y[:, [2, 1]]) and np.array_equal(batches[1][1], Y[:, [0]])


def test_velocity_and_adam_moments_start_at_zero():
    parameters, _ = notebook_optimization_draws()
    v = initialize_velocity(parameters)
    assert list(v) == ["dW1", "db1", "dW2", "db2"]
    assert all(v["d" + k].shape == parameters[k].shape and not v["d" + k].any() for k in parameters)
    v, s = initialize_adam(parameters)
    assert list(v) == list(s) == ["dW1", "db1", "dW2", "db2"]
    assert not any(x.any() for x in list(v.values()) + list(s.values()))


def test_momentum_step():
    parameters, grads = notebook_optimization_draws()
    updated, v = update_parameters_with_momentum(parameters, grads, initialize_velocity(parameters),
                                                 0.9, 0.01)
    assert_printed(updated["W1"], [[1.62544598, -0.61290114, -0.52907334],
                                   [-1.07347112, 0.86450677, -2.30085497]])
    np.testing.assert_allclose(v["dW1"], 0.1 * grads["dW1"], rtol=1e-15)


def test_adam_step_older_notebook():
    parameters, grads = notebook_optimization_draws()
    v, s = initialize_adam(parameters)
    updated, *_ = update_parameters_with_adam(parameters, grads, v, s, 2)
    assert_printed(updated["W1"], [[1.63178673, -0.61919778, -0.53561312],
                                   [-1.08040999, 0.85796626, -2.29409733]])


def test_adam_step_newer_notebook():
    parameters, grads = notebook_optimization_draws()
    v, s = initialize_adam(parameters)
    updated, *_ = update_parameters_with_adam(parameters, grads, v, s, 2, 0.02, 0.8, 0.888, 1e-2)
    assert_printed(updated["W1"][0], [1.63942428, -0.6268425, -0.54320974])


def test_learning_rate_decay():
    assert update_lr(0.5, 2, 1) == 0.16666666666666666
    assert schedule_lr_decay(0.5, 100, 1, 100) == 0.25
    assert schedule_lr_decay(0.3, 1000, 0.25, 100) == 0.08571428571428572
    assert schedule_lr_decay(0.1, 999, 1, 1000) == 0.1
    assert schedule_lr_decay(0.1, 1000, 1, 1000) == 0.05
