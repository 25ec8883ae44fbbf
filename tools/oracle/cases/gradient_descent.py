"""Cases of update_parameters_with_gd and random_mini_batches."""

import numpy as np

from dlgrader_oracle.fixture import (
    Case, Draw, Recipe, digest, fl, integer, list_of, mask, matrices, matrix, tuple_of)
from dlgrader_oracle.gradient_descent import random_mini_batches, update_parameters_with_gd

from .common import NOTEBOOK_OPTIMIZATION_SHAPES, draw_shapes, layer_shapes, shapes_text

EXERCISE = "gradient_descent"

# (seed, shapes, name, learning_rate, visibility, description); the notebook's case first.
GD_CASES = (
    (1, NOTEBOOK_OPTIMIZATION_SHAPES, "notebook", 0.01, "public",
     "the notebook's gradient descent step, learning_rate = 0.01"),
    (6, layer_shapes([3, 5, 4, 2]), "3-5-4-2", 0.07, "public",
     "three layers (3-5-4-2), no square matrix, learning_rate = 0.07"),
    (2, layer_shapes([4, 5, 3, 1]), "4-5-3-1", 0.1, "hidden",
     "three layers (4-5-3-1), learning_rate = 0.1"),
    (3, layer_shapes([2, 3, 4, 3, 1]), "2-3-4-3-1", 0.05, "hidden",
     "four layers (2-3-4-3-1), learning_rate = 0.05"),
    (4, layer_shapes([5, 2]), "5-2", 1.0, "hidden", "a single layer, learning_rate = 1"),
)


def cases() -> list[Case]:
    """Gradient descent steps, then mini-batches: the notebook's two, one of general values, then sizes
    that divide m or not. Each function's public cases come first."""
    out = [_gd(*case) for case in GD_CASES]
    out.append(_notebook_mini_batches())
    small = np.random.RandomState(1)
    small_X = small.randn(7, 3)
    small_Y = (small.randn(1, 3) < 0.5).astype(int)
    out.append(_mini_batches(
        "m=3,size=2,seed=0", small_X, small_Y, 2, 0, "public",
        "three examples in batches of 2: a full batch and a last batch of 1",
        "notebook: the small mini-batch example (seed 1; X = randn(7, 3); Y = randn(1, 3) < 0.5)"))
    out.append(_drawn_mini_batches(
        7, 2, 11, 3, 4, "public",
        "11 examples in batches of 3 (3, 3, 3 and 2) with seed 4, labels of both classes"))
    for seed, rows, m, size, batch_seed, description in (
            (3, 3, 12, 4, 5, "a size that divides m (12 examples, batches of 4)"),
            (4, 2, 10, 4, 1, "a size that does not divide m (10 examples, batches of 4, 4 and 2)"),
            (5, 3, 5, 8, 2, "a size larger than m (5 examples, one batch)"),
            (6, 2, 4, 1, 7, "batches of one example")):
        out.append(_drawn_mini_batches(seed, rows, m, size, batch_seed, "hidden", description))
    out.append(_generated_mini_batches(
        Recipe(3, (Draw("X", "randn", (2, 300)), Draw("Y", "rand", (1, 300), 0.5))), 64, 11,
        "300 examples in batches of 64 with seed 11, as the notebook's model draws them in epoch 0"))
    return out


def _gd(seed: int, shapes: dict, name: str, learning_rate: float, visibility: str,
        description: str) -> Case:
    """An update_parameters_with_gd case: parameters, then gradients, drawn after ``seed``."""
    rng = np.random.RandomState(seed)
    parameters = draw_shapes(rng, shapes)
    grads = draw_shapes(rng, shapes, prefix="d")
    source = "notebook: update_parameters_with_gd_test_case" if name == "notebook" else "oracle"
    return Case(
        id=f"update_parameters_with_gd[{name},learning_rate={learning_rate!r}]",
        function="update_parameters_with_gd", description=description, visibility=visibility,
        provenance=f"{source}: seed {seed}; randn {shapes_text(shapes)}, then "
                   f"{shapes_text(shapes, 'd')}",
        inputs={"parameters": matrices(parameters), "grads": matrices(grads),
                "learning_rate": fl(learning_rate)},
        expected={"parameters": matrices(update_parameters_with_gd(parameters, grads,
                                                                   learning_rate))})


def _batches_value(batches, large: bool) -> dict:
    """The mini-batches as a list of (X batch, Y batch) tuples; large X batches as digests."""
    return list_of(tuple_of([digest(X) if large else matrix(X), mask(Y)]) for X, Y in batches)


def _drawn_mini_batches(seed: int, rows: int, m: int, size: int, batch_seed: int, visibility: str,
                        description: str) -> Case:
    """A random_mini_batches case on X = randn(rows, m) and Y = rand(1, m) < 0.5 drawn after ``seed``."""
    rng = np.random.RandomState(seed)
    X = rng.randn(rows, m)
    Y = (rng.rand(1, m) < 0.5).astype(int)
    return _mini_batches(
        f"m={m},size={size},seed={batch_seed}", X, Y, size, batch_seed, visibility, description,
        f"oracle: seed {seed}; X = randn({rows}, {m}); Y = rand(1, {m}) < 0.5")


def _mini_batches(name: str, X, Y, size: int, seed: int, visibility: str, description: str,
                  provenance: str) -> Case:
    """A random_mini_batches case with literal inputs."""
    return Case(
        id=f"random_mini_batches[{name}]", function="random_mini_batches",
        description=description, visibility=visibility, provenance=provenance,
        inputs={"X": matrix(X), "Y": mask(Y), "mini_batch_size": integer(size),
                "seed": integer(seed)},
        expected={"mini_batches": _batches_value(random_mini_batches(X, Y, size, seed), False)})


def _notebook_mini_batches() -> Case:
    """The notebook's 12288 × 148 case, generated rather than stored; X batches as digests."""
    recipe = Recipe(1, (Draw("X", "randn", (12288, 148)), Draw("Y", "randn", (1, 148), 0.5)))
    inputs = recipe.realize()
    return Case(
        id="random_mini_batches[m=148,size=64,seed=0]", function="random_mini_batches",
        description="the notebook's 148 examples of 12288 features in batches of 64, 64 and 20",
        visibility="public",
        provenance="notebook: random_mini_batches_test_case (seed 1; X = randn(12288, 148); "
                   "Y = randn(1, 148) < 0.5; mini_batch_size 64; default seed 0)",
        generate=recipe, inputs={"mini_batch_size": integer(64), "seed": integer(0)},
        expected={"mini_batches": _batches_value(
            random_mini_batches(inputs["X"], inputs["Y"], 64, 0), True)})


def _generated_mini_batches(recipe: Recipe, size: int, seed: int, description: str) -> Case:
    """A hidden random_mini_batches case on generated inputs; X batches as digests."""
    inputs = recipe.realize()
    m = inputs["X"].shape[1]
    return Case(
        id=f"random_mini_batches[m={m},size={size},seed={seed}]", function="random_mini_batches",
        description=description, visibility="hidden",
        provenance=f"oracle: generated, seed {recipe.seed}; X = randn{tuple(inputs['X'].shape)}; "
                   f"Y = rand(1, {m}) < 0.5",
        generate=recipe, inputs={"mini_batch_size": integer(size), "seed": integer(seed)},
        expected={"mini_batches": _batches_value(random_mini_batches(inputs["X"], inputs["Y"],
                                                                     size, seed), True)})
