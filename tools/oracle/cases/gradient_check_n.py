"""Cases of the N-D gradient check: the fixed backward_propagation_n and gradient_check_n."""

import numpy as np

from dlgrader_oracle.fixture import Case, fl, matrices, matrix, tolerance
from dlgrader_oracle.gradient_checking_n import (
    backward_propagation_n, backward_propagation_n_as_handed_out, gradient_check_n)
from dlgrader_oracle.helpers import CACHE_KEYS

from .common import Problem, draw_layers

EXERCISE = "gradient_check_n"

CANCELLATION_TOLERANCE = tolerance(
    1e-2, 0.0,
    "with correct gradients and epsilon = 1e-7 the difference (about 1e-7) is mostly the rounding "
    "error of the cancellation J_plus - J_minus; another summation order in the forward pass moves "
    "it by a few parts in 10^4, while a one-sided difference or nudging an un-copied vector moves it "
    "by 5% or more")
"""For gradient_check_n with correct gradients at epsilon = 1e-7: the value is rounding noise."""

TRUNCATION_TOLERANCE = tolerance(
    1e-4, 0.0,
    "with correct gradients and epsilon = 1e-3 the difference is the truncation error of the "
    "two-sided quotient, but J_plus - J_minus still cancels: another summation order in the forward "
    "pass moves it by up to about 1e-5 relative")
"""For gradient_check_n with correct gradients at epsilon = 1e-3: truncation error, some cancellation."""

WRONG_GRADIENTS_TOLERANCE = tolerance(
    1e-6, 0.0,
    "gradapprox comes from the cancellation J_plus - J_minus, so another summation order in the "
    "forward pass moves the difference by about 1e-8 relative")
"""For gradient_check_n with wrong gradients: dominated by the wrong gradients, but gradapprox rounds."""


def notebook_problem() -> Problem:
    """The notebook's gradient_check_n_test_case."""
    rng = np.random.RandomState(1)
    X = rng.randn(4, 3)
    Y = np.array([[1.0, 1.0, 0.0]])
    parameters = draw_layers(rng, [4, 5, 3, 1])
    return Problem.of("notebook", "notebook: gradient_check_n_test_case (seed 1; X = randn(4, 3); "
                      "Y = [1, 1, 0]; then W1 = randn(5, 4), b1 = randn(5, 1), W2 = randn(3, 5), "
                      "b2 = randn(3, 1), W3 = randn(1, 3), b3 = randn(1, 1))", X, Y, parameters)


def correct_gradients(problem: Problem) -> dict:
    """The fixed backward pass's gradients on the problem's cache."""
    return backward_propagation_n(problem.X, problem.Y, problem.cache)


def handed_out_gradients(problem: Problem) -> dict:
    """The gradients of the backward pass as handed out (dW2 doubled, db1 scaled by 4/m)."""
    return backward_propagation_n_as_handed_out(problem.X, problem.Y, problem.cache)


def cases() -> list[Case]:
    """backward_propagation_n on four caches; gradient_check_n with correct, buggy and half-fixed
    gradients. The notebook's cases come first, then one public case of general values per function."""
    notebook = notebook_problem()
    wide = Problem.drawn(seed=8, layers=[3, 6, 4, 1], m=7)
    narrow = Problem.drawn(seed=7, layers=[2, 3, 2, 1], m=4)
    deep_input = Problem.drawn(seed=11, layers=[6, 4, 4, 1], m=5)
    general = Problem.drawn(seed=12, layers=[3, 5, 2, 1], m=6)

    correct, handed_out = correct_gradients(notebook), handed_out_gradients(notebook)
    fixed = "correct gradients", "the fixed backward pass's gradients"
    bugged = "handed-out gradients", "the handed-out backward pass's gradients (dW2, db1 wrong)"
    return [
        _backward(notebook, "public", "the fixed backward pass on the notebook's cache"),
        _check(notebook, handed_out, bugged, 1e-7, WRONG_GRADIENTS_TOLERANCE, "public",
               "the notebook's check of the backward pass as handed out (dW2 and db1 wrong)"),
        _check(notebook, correct, fixed, 1e-7, CANCELLATION_TOLERANCE, "public",
               "the notebook's check once both bugs are fixed"),
        _backward(general, "public",
                  "the fixed backward pass on a 3-5-2-1 network, m = 6, labels of both classes"),
        _check(general, correct_gradients(general), fixed, 1e-3, TRUNCATION_TOLERANCE, "public",
               "correct gradients of a 3-5-2-1 network, m = 6, with epsilon = 1e-3 rather than the "
               "default 1e-7"),
        _backward(wide, "hidden", "the fixed backward pass on a 3-6-4-1 network, m = 7"),
        _backward(narrow, "hidden", "the fixed backward pass on a 2-3-2-1 network, m = 4"),
        _check(notebook, dict(correct, dW2=handed_out["dW2"]),
               ("only the dW2 bug", "the fixed backward pass's gradients but the handed-out dW2"),
               1e-7, WRONG_GRADIENTS_TOLERANCE, "hidden",
               "the notebook's network with only the dW2 bug left in the gradients"),
        _check(notebook, dict(correct, db1=handed_out["db1"]),
               ("only the db1 bug", "the fixed backward pass's gradients but the handed-out db1"),
               1e-7, WRONG_GRADIENTS_TOLERANCE, "hidden",
               "the notebook's network with only the db1 bug left in the gradients"),
        _check(notebook, correct, fixed, 1e-3, TRUNCATION_TOLERANCE, "hidden",
               "the notebook's network and correct gradients with epsilon = 1e-3"),
        _check(wide, correct_gradients(wide), fixed, 1e-3, TRUNCATION_TOLERANCE, "hidden",
               "correct gradients of a 3-6-4-1 network, m = 7, epsilon = 1e-3"),
        _check(wide, handed_out_gradients(wide), bugged, 1e-7, WRONG_GRADIENTS_TOLERANCE,
               "hidden", "the handed-out backward pass's gradients of a 3-6-4-1 network"),
        _check(deep_input, correct_gradients(deep_input), fixed, 1e-3, TRUNCATION_TOLERANCE,
               "hidden", "correct gradients of a 6-4-4-1 network, m = 5, epsilon = 1e-3"),
        _check(deep_input, handed_out_gradients(deep_input), bugged, 1e-3,
               WRONG_GRADIENTS_TOLERANCE, "hidden",
               "the handed-out backward pass's gradients of a 6-4-4-1 network, epsilon = 1e-3"),
    ]


def _backward(problem: Problem, visibility: str, description: str) -> Case:
    """A backward_propagation_n case: the cache in, all eleven correct gradients out."""
    return Case(
        id=f"backward_propagation_n[{problem.name}]", function="backward_propagation_n",
        description=description, visibility=visibility,
        provenance=problem.provenance + "; cache from forward_propagation_n",
        inputs={"X": matrix(problem.X), "Y": matrix(problem.Y),
                "cache": matrices({key: problem.cache[key] for key in CACHE_KEYS})},
        expected={"gradients": matrices(correct_gradients(problem))})


def _check(problem: Problem, gradients: dict, which: tuple[str, str], epsilon: float,
           difference_tolerance: dict, visibility: str, description: str) -> Case:
    """A gradient_check_n case; ``which`` names the gradients for the id and for the provenance.

    Only dW1, db1, dW2, db2, dW3 and db3 are passed, as gradients_to_vector reads no others.
    """
    label, source = which
    passed = {key: gradients[key] for key in ("dW1", "db1", "dW2", "db2", "dW3", "db3")}
    difference = gradient_check_n(problem.parameters, passed, problem.X, problem.Y, epsilon)
    return Case(
        id=f"gradient_check_n[{problem.name},{label},epsilon={epsilon!r}]",
        function="gradient_check_n", description=description, visibility=visibility,
        provenance=f"{problem.provenance}; gradients: {source} on its cache",
        output_tolerances={"difference": difference_tolerance},
        inputs={"parameters": matrices(problem.parameters), "gradients": matrices(passed),
                "X": matrix(problem.X), "Y": matrix(problem.Y), "epsilon": fl(epsilon)},
        expected={"difference": fl(difference)})
