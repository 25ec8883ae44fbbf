"""Cases of inverted dropout: forward_propagation_with_dropout and backward_propagation_with_dropout."""

import numpy as np

from dlgrader_oracle.dropout import (
    DROPOUT_CACHE_KEYS, backward_propagation_with_dropout, forward_propagation_with_dropout)
from dlgrader_oracle.fixture import Case, dictionary, fl, mask, matrices, matrix

from .common import Problem, draw_layers
from .notebook_literals import DROPOUT_CACHE, LABELS

EXERCISE = "dropout"


def notebook_problem() -> Problem:
    """forward_propagation_with_dropout_test_case: seed 1; X = randn(3, 5); then the parameters."""
    rng = np.random.RandomState(1)
    X = rng.randn(3, 5)
    parameters = draw_layers(rng, [3, 2, 3, 1])
    return Problem.of("notebook", "notebook: forward_propagation_with_dropout_test_case (seed 1; "
                      "X = randn(3, 5); then W1 = randn(2, 3), b1 = randn(2, 1), W2 = randn(3, 2), "
                      "b2 = randn(3, 1), W3 = randn(1, 3), b3 = randn(1, 1))", X, LABELS, parameters)


def cases() -> list[Case]:
    """The notebook's two tests and one public case of general values per function, then other
    keep_prob values, widths, inputs and masks."""
    notebook = notebook_problem()
    wide = Problem.drawn(seed=3, layers=[4, 6, 5, 1], m=7)
    small = Problem.drawn(seed=5, layers=[2, 5, 3, 1], m=6)
    long = Problem.drawn(seed=4, layers=[3, 4, 4, 1], m=10)
    general = Problem.drawn(seed=9, layers=[5, 4, 3, 1], m=6)
    notebook_X = notebook.X
    return [
        _forward(notebook, 0.7, "public", "the notebook's forward pass with keep_prob = 0.7"),
        Case(id="backward_propagation_with_dropout[notebook,keep_prob=0.8]",
             function="backward_propagation_with_dropout",
             description="the notebook's backward pass with keep_prob = 0.8",
             visibility="public",
             provenance="notebook: backward_propagation_with_dropout_test_case (seed 1; "
                        "X = randn(3, 5); literal Y and 14-entry cache)",
             inputs={"X": matrix(notebook_X), "Y": matrix(LABELS),
                     "cache": _cache_value(DROPOUT_CACHE), "keep_prob": fl(0.8)},
             expected={"gradients": matrices(
                 backward_propagation_with_dropout(notebook_X, LABELS, DROPOUT_CACHE, 0.8))}),
        _forward(general, 0.65, "public",
                 "keep_prob = 0.65 on a 5-4-3-1 network, m = 6 (a second call: the masks must be the "
                 "same seed-1 draws again)"),
        _backward(general, 0.65, 2, "public",
                  "keep_prob = 0.65 on a 5-4-3-1 network, m = 6, labels of both classes, masks drawn "
                  "after seed 2"),
        _forward(notebook, 0.5, "hidden", "the notebook's inputs with keep_prob = 0.5"),
        _forward(wide, 0.86, "hidden", "keep_prob = 0.86 on a 4-6-5-1 network, m = 7"),
        _forward(small, 1.0, "hidden", "keep_prob = 1: nothing is dropped, on a 2-5-3-1 network"),
        _forward(long, 0.3, "hidden", "keep_prob = 0.3 on a 3-4-4-1 network, m = 10"),
        _backward(wide, 0.86, 1, "hidden",
                  "keep_prob = 0.86 on a 4-6-5-1 network, cache from the graded forward pass"),
        _backward(small, 0.5, 3, "hidden",
                  "keep_prob = 0.5 on a 2-5-3-1 network, masks drawn after seed 3"),
        _backward(long, 1.0, 1, "hidden", "keep_prob = 1 (masks all ones) on a 3-4-4-1 network"),
    ]


def _cache_value(cache: dict) -> dict:
    """The 14-entry dropout cache as a value: D1 and D2 masks, the rest matrices."""
    return dictionary({key: mask(cache[key]) if key in ("D1", "D2") else matrix(cache[key])
                       for key in DROPOUT_CACHE_KEYS})


def _forward(problem: Problem, keep_prob: float, visibility: str, description: str) -> Case:
    """A forward_propagation_with_dropout case: A3 and the whole cache expected."""
    A3, cache = forward_propagation_with_dropout(problem.X, problem.parameters, keep_prob)
    return Case(id=f"forward_propagation_with_dropout[{problem.name},keep_prob={keep_prob!r}]",
                function="forward_propagation_with_dropout", description=description,
                visibility=visibility,
                provenance=problem.provenance + "; the function seeds 1 itself before drawing D1, D2",
                inputs={"X": matrix(problem.X), "parameters": matrices(problem.parameters),
                        "keep_prob": fl(keep_prob)},
                expected={"A3": matrix(A3), "cache": _cache_value(cache)})


def _backward(problem: Problem, keep_prob: float, mask_seed: int, visibility: str,
              description: str) -> Case:
    """A backward_propagation_with_dropout case on a cache from the dropout forward pass."""
    _, cache = forward_propagation_with_dropout(problem.X, problem.parameters, keep_prob, mask_seed)
    gradients = backward_propagation_with_dropout(problem.X, problem.Y, cache, keep_prob)
    return Case(id=f"backward_propagation_with_dropout[{problem.name},keep_prob={keep_prob!r},"
                   f"mask_seed={mask_seed}]",
                function="backward_propagation_with_dropout", description=description,
                visibility=visibility,
                provenance=f"{problem.provenance}; cache from forward_propagation_with_dropout "
                           f"with keep_prob = {keep_prob!r}, D1 and D2 drawn after seed {mask_seed}",
                inputs={"X": matrix(problem.X), "Y": matrix(problem.Y), "cache": _cache_value(cache),
                        "keep_prob": fl(keep_prob)},
                expected={"gradients": matrices(gradients)})
