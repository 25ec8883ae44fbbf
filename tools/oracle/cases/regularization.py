"""Cases of L2 regularization: compute_cost_with_regularization and its backward pass."""

import numpy as np

from dlgrader_oracle.fixture import Case, fl, matrices, matrix
from dlgrader_oracle.helpers import CACHE_KEYS
from dlgrader_oracle.regularization import (
    backward_propagation_with_regularization, compute_cost_with_regularization)

from .common import Problem, draw_layers
from .notebook_literals import A3_COST, LABELS, REGULARIZATION_CACHE

EXERCISE = "regularization"


def cases() -> list[Case]:
    """The notebook's two tests and one public case of general values per function, then λ = 0, other
    λ and other networks, and NaN-ignoring costs."""
    small = Problem.drawn(seed=2, layers=[4, 5, 3, 1], m=6)
    large = Problem.drawn(seed=10, layers=[3, 6, 2, 1], m=8)
    backward_small = Problem.drawn(seed=16, layers=[3, 4, 2, 1], m=6)
    backward_large = Problem.drawn(seed=7, layers=[5, 6, 4, 1], m=9)
    general_cost = Problem.drawn(seed=13, layers=[4, 3, 2, 1], m=7)
    general_backward = Problem.drawn(seed=14, layers=[4, 3, 5, 1], m=6)

    notebook_parameters = draw_layers(np.random.RandomState(1), [3, 2, 3, 1])
    notebook_X = np.random.RandomState(1).randn(3, 5)
    saturated_A3 = np.array([[1.0, 0.25, 0.0, 1.0, 0.5]])
    return [
        _cost_case("notebook,lambd=0.1", A3_COST, LABELS, notebook_parameters, 0.1, "public",
                   "the notebook's regularized cost with lambd = 0.1",
                   "notebook: compute_cost_with_regularization_test_case (seed 1; "
                   "W1 = randn(2, 3), b1 = randn(2, 1), W2 = randn(3, 2), b2 = randn(3, 1), "
                   "W3 = randn(1, 3), b3 = randn(1, 1); literal A3 and Y)"),
        _backward_case("notebook,lambd=0.7", notebook_X, LABELS, REGULARIZATION_CACHE, 0.7,
                       "public", "the notebook's backward pass with lambd = 0.7",
                       "notebook: backward_propagation_with_regularization_test_case (seed 1; "
                       "X = randn(3, 5); literal Y and 12-entry cache)"),
        _cost_case(f"{general_cost.name},saturated,lambd=0.35", _saturated(general_cost),
                   general_cost.Y, general_cost.parameters, 0.35, "public",
                   "lambd = 0.35 on a 4-3-2-1 network, m = 7, labels of both classes; one prediction "
                   "is exactly 1 and one exactly 0, matching their labels, so two 0·log(0) terms are "
                   "NaN and ignored, as the notebook's np.nansum does",
                   general_cost.provenance + "; A3 from the forward pass, then set to exactly 1 at "
                   "the first label 1 and exactly 0 at the first label 0"),
        _backward_case(f"{general_backward.name},lambd=0.45", general_backward.X,
                       general_backward.Y, general_backward.cache, 0.45, "public",
                       "lambd = 0.45 on a 4-3-5-1 network, m = 6, labels of both classes",
                       general_backward.provenance + "; cache from the forward pass"),
        _cost(f"{small.name},lambd=0.0", small, 0.0,
              "lambd = 0: just the cross-entropy cost, on a 4-5-3-1 network"),
        _cost(f"{small.name},lambd=0.7", small, 0.7, "lambd = 0.7 on a 4-5-3-1 network, m = 6"),
        _cost(f"{large.name},lambd=3.0", large, 3.0, "lambd = 3 on a 3-6-2-1 network, m = 8"),
        _cost_case("saturated,lambd=0.1", saturated_A3, LABELS, notebook_parameters, 0.1, "hidden",
                   "predictions of exactly 0 and 1 that match their labels: the 0·log(0) terms "
                   "are NaN and ignored, as the notebook's np.nansum does",
                   "oracle: the notebook's parameters and Y with A3 = [[1, 0.25, 0, 1, 0.5]]"),
        _backward(f"{backward_small.name},lambd=0.0", backward_small, 0.0,
                  "lambd = 0: plain backpropagation, on a 3-4-2-1 network"),
        _backward(f"{backward_small.name},lambd=0.1", backward_small, 0.1,
                  "lambd = 0.1 on a 3-4-2-1 network, m = 6"),
        _backward(f"{backward_large.name},lambd=3.0", backward_large, 3.0,
                  "lambd = 3 on a 5-6-4-1 network, m = 9"),
    ]


def _saturated(problem: Problem) -> np.ndarray:
    """A3 of the problem's forward pass with exactly 1 at the first label 1 and exactly 0 at the first
    label 0: predictions that match their labels, whose 0·log(0) cost terms are NaN."""
    A3 = problem.cache["A3"].copy()
    labels = list(problem.Y[0])
    A3[0, labels.index(1.0)] = 1.0
    A3[0, labels.index(0.0)] = 0.0
    return A3


def _cost(name: str, problem: Problem, lambd: float, description: str) -> Case:
    """A hidden compute_cost_with_regularization case on A3 of the problem's forward pass."""
    return _cost_case(name, problem.cache["A3"], problem.Y, problem.parameters, lambd, "hidden",
                      description, problem.provenance + "; A3 from the forward pass")


def _backward(name: str, problem: Problem, lambd: float, description: str) -> Case:
    """A hidden backward_propagation_with_regularization case on the problem's forward cache."""
    return _backward_case(name, problem.X, problem.Y, problem.cache, lambd, "hidden", description,
                          problem.provenance + "; cache from the forward pass")


def _cost_case(name: str, A3, Y, parameters: dict, lambd: float, visibility: str,
               description: str, provenance: str) -> Case:
    """A compute_cost_with_regularization case."""
    return Case(id=f"compute_cost_with_regularization[{name}]",
                function="compute_cost_with_regularization", description=description,
                visibility=visibility, provenance=provenance,
                inputs={"A3": matrix(A3), "Y": matrix(Y), "parameters": matrices(parameters),
                        "lambd": fl(lambd)},
                expected={"cost": fl(compute_cost_with_regularization(A3, Y, parameters, lambd))})


def _backward_case(name: str, X, Y, cache: dict, lambd: float, visibility: str,
                   description: str, provenance: str) -> Case:
    """A backward_propagation_with_regularization case: all eleven gradients expected."""
    gradients = backward_propagation_with_regularization(X, Y, cache, lambd)
    return Case(id=f"backward_propagation_with_regularization[{name}]",
                function="backward_propagation_with_regularization", description=description,
                visibility=visibility, provenance=provenance,
                inputs={"X": matrix(X), "Y": matrix(Y),
                        "cache": matrices({key: cache[key] for key in CACHE_KEYS}),
                        "lambd": fl(lambd)},
                expected={"gradients": matrices(gradients)})
