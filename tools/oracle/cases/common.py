"""Shared pieces of the case builders: drawn networks and labels, widths in case ids."""

from dataclasses import dataclass

import numpy as np

from dlgrader_oracle.helpers import forward_three_layer


NOTEBOOK_OPTIMIZATION_SHAPES = {"W1": (2, 3), "b1": (2, 1), "W2": (3, 3), "b2": (3, 1)}
"""The shapes the Optimization notebook's test cases draw (W2 is 3 × 3 although layer 1 has 2 units)."""


def layer_shapes(layers: list[int]) -> dict:
    """The shapes of W1, b1, W2, b2, … for a network with these layer sizes."""
    shapes = {}
    for l in range(1, len(layers)):
        shapes[f"W{l}"] = (layers[l], layers[l - 1])
        shapes[f"b{l}"] = (layers[l], 1)
    return shapes


def draw_shapes(rng: np.random.RandomState, shapes: dict, prefix: str = "") -> dict:
    """randn draws of each shape in order, keyed by name with ``prefix`` (e.g. "d" for gradients)."""
    return {prefix + name: rng.randn(*shape) for name, shape in shapes.items()}


def draw_layers(rng: np.random.RandomState, layers: list[int], prefix: str = "") -> dict:
    """randn draws W1, b1, W2, b2, … in that order, shaped for the layer sizes, as the notebooks'
    test cases draw them."""
    return draw_shapes(rng, layer_shapes(layers), prefix)


def draw_labels(rng: np.random.RandomState, m: int) -> np.ndarray:
    """A (1, m) float row of 0/1 labels: rand(1, m) < 0.5."""
    return (rng.rand(1, m) < 0.5).astype(np.float64)


def widths(layers: list[int]) -> str:
    """Layer sizes as an id shows them: 3-4-2-1."""
    return "-".join(str(n) for n in layers)


def shapes_text(shapes: dict, prefix: str = "") -> str:
    """Shapes as provenance shows them: W1 (2, 3), b1 (2, 1), …"""
    return ", ".join(f"{prefix}{name} {shape}" for name, shape in shapes.items())


@dataclass
class Problem:
    """Inputs of a three-layer network's functions: X, Y, parameters and the plain forward cache."""

    name: str
    provenance: str
    X: np.ndarray
    Y: np.ndarray
    parameters: dict
    cache: dict

    @classmethod
    def drawn(cls, seed: int, layers: list[int], m: int) -> "Problem":
        """seed; X = randn(n0, m); Y = rand(1, m) < 0.5; then W1, b1, W2, b2, W3, b3 = randn."""
        rng = np.random.RandomState(seed)
        X = rng.randn(layers[0], m)
        Y = draw_labels(rng, m)
        parameters = draw_layers(rng, layers)
        return cls.of(f"{widths(layers)},m={m},seed={seed}",
                      f"oracle: seed {seed}; X = randn({layers[0]}, {m}); Y = rand(1, {m}) < 0.5; "
                      f"then W1, b1, W2, b2, W3, b3 = randn for layers {layers}", X, Y, parameters)

    @classmethod
    def of(cls, name: str, provenance: str, X, Y, parameters: dict) -> "Problem":
        """A problem from given inputs; the cache is the plain forward pass's."""
        _, cache = forward_three_layer(X, parameters)
        return cls(name, provenance, X, Y, parameters, cache)
