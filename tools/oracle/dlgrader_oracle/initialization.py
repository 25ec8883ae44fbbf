"""Initialization: zeros, large random and He initialization of an L-layer network.

``layers_dims`` lists the layer sizes n_0, n_1, …, n_L; W_l has shape (n_l, n_{l-1}) and b_l shape
(n_l, 1). The random initializers seed numpy's legacy generator with 3 inside, as the notebook does,
and draw W1, W2, … in order (b_l draws nothing).
"""

import numpy as np


def initialize_parameters_zeros(layers_dims: list[int]) -> dict:
    """Every W_l and b_l zero."""
    parameters = {}
    for l in range(1, len(layers_dims)):
        parameters["W" + str(l)] = np.zeros((layers_dims[l], layers_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


def initialize_parameters_random(layers_dims: list[int]) -> dict:
    """W_l = randn(n_l, n_{l-1})·10 after seed 3; b_l zero."""
    rng = np.random.RandomState(3)
    parameters = {}
    for l in range(1, len(layers_dims)):
        parameters["W" + str(l)] = rng.randn(layers_dims[l], layers_dims[l - 1]) * 10
        parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


def initialize_parameters_he(layers_dims: list[int]) -> dict:
    """W_l = randn(n_l, n_{l-1})·sqrt(2 / n_{l-1}) after seed 3; b_l zero."""
    rng = np.random.RandomState(3)
    parameters = {}
    for l in range(1, len(layers_dims)):
        scale = np.sqrt(2.0 / layers_dims[l - 1])
        parameters["W" + str(l)] = rng.randn(layers_dims[l], layers_dims[l - 1]) * scale
        parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters
