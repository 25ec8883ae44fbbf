"""Optimization methods: the gradient descent step and random mini-batches."""

import numpy as np


def update_parameters_with_gd(parameters: dict, grads: dict, learning_rate: float) -> dict:
    """W_l - learning_rate·dW_l and b_l - learning_rate·db_l for l = 1…L (a new dict)."""
    L = len(parameters) // 2
    updated = {}
    for l in range(1, L + 1):
        updated["W" + str(l)] = parameters["W" + str(l)] - learning_rate * grads["dW" + str(l)]
        updated["b" + str(l)] = parameters["b" + str(l)] - learning_rate * grads["db" + str(l)]
    return updated


def random_mini_batches(X: np.ndarray, Y: np.ndarray, mini_batch_size: int = 64,
                        seed: int = 0) -> list[tuple[np.ndarray, np.ndarray]]:
    """Seeds numpy with ``seed``, shuffles the m columns of X and Y with one permutation, then cuts
    ⌊m / mini_batch_size⌋ full batches and, when the size does not divide m, one last smaller batch."""
    rng = np.random.RandomState(seed)
    m = X.shape[1]
    permutation = list(rng.permutation(m))
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation].reshape((1, m))
    mini_batches = []
    num_complete_minibatches = m // mini_batch_size
    for k in range(num_complete_minibatches):
        columns = slice(k * mini_batch_size, (k + 1) * mini_batch_size)
        mini_batches.append((shuffled_X[:, columns], shuffled_Y[:, columns]))
    if m % mini_batch_size != 0:
        columns = slice(num_complete_minibatches * mini_batch_size, m)
        mini_batches.append((shuffled_X[:, columns], shuffled_Y[:, columns]))
    return mini_batches
