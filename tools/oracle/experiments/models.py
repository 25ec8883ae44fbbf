"""The three notebooks' models, as their ``*_utils.py`` files and model cells write them.

The graded functions the models call (initializers, regularization, dropout, the optimizers) are the
notebooks' solutions, written here once more in plain numpy. Every loop keeps the notebook's order of
operations, its seeds and its checkpoints, so costs and accuracies come out as the notebooks print them.
"""

import numpy as np


# The three-layer network LINEAR→RELU→LINEAR→RELU→LINEAR→SIGMOID, shared by the three notebooks.

def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def relu(x):
    return np.maximum(0, x)


def forward_propagation(X, parameters):
    """init_utils / reg_utils / opt_utils ``forward_propagation``: (a3, cache)."""
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    W3, b3 = parameters["W3"], parameters["b3"]
    z1 = np.dot(W1, X) + b1
    a1 = relu(z1)
    z2 = np.dot(W2, a1) + b2
    a2 = relu(z2)
    z3 = np.dot(W3, a2) + b3
    a3 = sigmoid(z3)
    return a3, (z1, a1, W1, b1, z2, a2, W2, b2, z3, a3, W3, b3)


def backward_propagation_scaled_first(X, Y, cache):
    """init_utils / opt_utils ``backward_propagation``: dz3 = 1/m · (a3 − Y), no other 1/m."""
    m = X.shape[1]
    (z1, a1, W1, b1, z2, a2, W2, b2, z3, a3, W3, b3) = cache
    dz3 = 1. / m * (a3 - Y)
    dW3 = np.dot(dz3, a2.T)
    db3 = np.sum(dz3, axis=1, keepdims=True)
    da2 = np.dot(W3.T, dz3)
    dz2 = np.multiply(da2, np.int64(a2 > 0))
    dW2 = np.dot(dz2, a1.T)
    db2 = np.sum(dz2, axis=1, keepdims=True)
    da1 = np.dot(W2.T, dz2)
    dz1 = np.multiply(da1, np.int64(a1 > 0))
    dW1 = np.dot(dz1, X.T)
    db1 = np.sum(dz1, axis=1, keepdims=True)
    return {"dz3": dz3, "dW3": dW3, "db3": db3, "da2": da2, "dz2": dz2, "dW2": dW2, "db2": db2,
            "da1": da1, "dz1": dz1, "dW1": dW1, "db1": db1}


def backward_propagation_regularization_utils(X, Y, cache):
    """reg_utils ``backward_propagation``: each dW and db scaled by 1/m."""
    m = X.shape[1]
    (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3) = cache
    dZ3 = A3 - Y
    dW3 = 1. / m * np.dot(dZ3, A2.T)
    db3 = 1. / m * np.sum(dZ3, axis=1, keepdims=True)
    dA2 = np.dot(W3.T, dZ3)
    dZ2 = np.multiply(dA2, np.int64(A2 > 0))
    dW2 = 1. / m * np.dot(dZ2, A1.T)
    db2 = 1. / m * np.sum(dZ2, axis=1, keepdims=True)
    dA1 = np.dot(W2.T, dZ2)
    dZ1 = np.multiply(dA1, np.int64(A1 > 0))
    dW1 = 1. / m * np.dot(dZ1, X.T)
    db1 = 1. / m * np.sum(dZ1, axis=1, keepdims=True)
    return {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2, "dZ2": dZ2, "dW2": dW2, "db2": db2,
            "dA1": dA1, "dZ1": dZ1, "dW1": dW1, "db1": db1}


def mean_cost(a3, Y):
    """init_utils ``compute_loss`` / reg_utils ``compute_cost``: (1/m) · nansum(logprobs)."""
    m = Y.shape[1]
    logprobs = np.multiply(-np.log(a3), Y) + np.multiply(-np.log(1 - a3), 1 - Y)
    return 1. / m * np.nansum(logprobs)


def total_cost(a3, Y):
    """opt_utils ``compute_cost``: the plain sum of logprobs (the model divides by m per epoch)."""
    logprobs = np.multiply(-np.log(a3), Y) + np.multiply(-np.log(1 - a3), 1 - Y)
    return np.sum(logprobs)


def update_parameters(parameters, grads, learning_rate):
    """init_utils / reg_utils ``update_parameters``: plain gradient descent."""
    parameters = dict(parameters)
    for k in range(len(parameters) // 2):
        parameters["W" + str(k + 1)] = parameters["W" + str(k + 1)] - learning_rate * grads["dW" + str(k + 1)]
        parameters["b" + str(k + 1)] = parameters["b" + str(k + 1)] - learning_rate * grads["db" + str(k + 1)]
    return parameters


def predict(X, y, parameters):
    """The notebooks' ``predict``: p = a3 > 0.5, accuracy = mean(p == y)."""
    a3, _ = forward_propagation(X, parameters)
    p = (a3 > 0.5).astype(np.int64)
    return p, float(np.mean(p[0, :] == y[0, :]))


# Initialization notebook (W1A1).

def initialize_parameters_zeros(layers_dims):
    parameters = {}
    for l in range(1, len(layers_dims)):
        parameters["W" + str(l)] = np.zeros((layers_dims[l], layers_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


def initialize_parameters_random(layers_dims):
    np.random.seed(3)
    parameters = {}
    for l in range(1, len(layers_dims)):
        parameters["W" + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * 10
        parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


def initialize_parameters_he(layers_dims):
    np.random.seed(3)
    parameters = {}
    for l in range(1, len(layers_dims)):
        parameters["W" + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * np.sqrt(2. / layers_dims[l - 1])
        parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


INITIALIZERS = {"zeros": initialize_parameters_zeros, "random": initialize_parameters_random,
                "he": initialize_parameters_he}


def initialization_model(X, Y, initialization, learning_rate=0.01, num_iterations=15000, progress=None):
    """The Initialization notebook's ``model``: layers [2, 10, 5, 1]; costs every 1000 iterations."""
    costs = []
    layers_dims = [X.shape[0], 10, 5, 1]
    parameters = INITIALIZERS[initialization](layers_dims)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        for i in range(num_iterations):
            a3, cache = forward_propagation(X, parameters)
            cost = mean_cost(a3, Y)
            grads = backward_propagation_scaled_first(X, Y, cache)
            parameters = update_parameters(parameters, grads, learning_rate)
            if i % 1000 == 0:
                costs.append((i, float(cost)))
    return parameters, costs


# Regularization notebook (W1A2).

def initialize_parameters_scaled(layer_dims):
    """reg_utils ``initialize_parameters``: seed 3, W = randn / sqrt(n_{l-1})."""
    np.random.seed(3)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) / np.sqrt(layer_dims[l - 1])
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


def compute_cost_with_regularization(A3, Y, parameters, lambd):
    m = Y.shape[1]
    W1, W2, W3 = parameters["W1"], parameters["W2"], parameters["W3"]
    cross_entropy_cost = mean_cost(A3, Y)
    L2_regularization_cost = lambd / (2 * m) * (np.sum(np.square(W1)) + np.sum(np.square(W2)) + np.sum(np.square(W3)))
    return cross_entropy_cost + L2_regularization_cost


def backward_propagation_with_regularization(X, Y, cache, lambd):
    m = X.shape[1]
    (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3) = cache
    dZ3 = A3 - Y
    dW3 = 1. / m * np.dot(dZ3, A2.T) + (lambd / m) * W3
    db3 = 1. / m * np.sum(dZ3, axis=1, keepdims=True)
    dA2 = np.dot(W3.T, dZ3)
    dZ2 = np.multiply(dA2, np.int64(A2 > 0))
    dW2 = 1. / m * np.dot(dZ2, A1.T) + (lambd / m) * W2
    db2 = 1. / m * np.sum(dZ2, axis=1, keepdims=True)
    dA1 = np.dot(W2.T, dZ2)
    dZ1 = np.multiply(dA1, np.int64(A1 > 0))
    dW1 = 1. / m * np.dot(dZ1, X.T) + (lambd / m) * W1
    db1 = 1. / m * np.sum(dZ1, axis=1, keepdims=True)
    return {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2, "dZ2": dZ2, "dW2": dW2, "db2": db2,
            "dA1": dA1, "dZ1": dZ1, "dW1": dW1, "db1": db1}


def forward_propagation_with_dropout(X, parameters, keep_prob=0.5):
    np.random.seed(1)
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    W3, b3 = parameters["W3"], parameters["b3"]
    Z1 = np.dot(W1, X) + b1
    A1 = relu(Z1)
    D1 = np.random.rand(A1.shape[0], A1.shape[1])
    D1 = (D1 < keep_prob).astype(int)
    A1 = A1 * D1
    A1 = A1 / keep_prob
    Z2 = np.dot(W2, A1) + b2
    A2 = relu(Z2)
    D2 = np.random.rand(A2.shape[0], A2.shape[1])
    D2 = (D2 < keep_prob).astype(int)
    A2 = A2 * D2
    A2 = A2 / keep_prob
    Z3 = np.dot(W3, A2) + b3
    A3 = sigmoid(Z3)
    return A3, (Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3)


def backward_propagation_with_dropout(X, Y, cache, keep_prob):
    m = X.shape[1]
    (Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3) = cache
    dZ3 = A3 - Y
    dW3 = 1. / m * np.dot(dZ3, A2.T)
    db3 = 1. / m * np.sum(dZ3, axis=1, keepdims=True)
    dA2 = np.dot(W3.T, dZ3)
    dA2 = dA2 * D2
    dA2 = dA2 / keep_prob
    dZ2 = np.multiply(dA2, np.int64(A2 > 0))
    dW2 = 1. / m * np.dot(dZ2, A1.T)
    db2 = 1. / m * np.sum(dZ2, axis=1, keepdims=True)
    dA1 = np.dot(W2.T, dZ2)
    dA1 = dA1 * D1
    dA1 = dA1 / keep_prob
    dZ1 = np.multiply(dA1, np.int64(A1 > 0))
    dW1 = 1. / m * np.dot(dZ1, X.T)
    db1 = 1. / m * np.sum(dZ1, axis=1, keepdims=True)
    return {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2, "dZ2": dZ2, "dW2": dW2, "db2": db2,
            "dA1": dA1, "dZ1": dZ1, "dW1": dW1, "db1": db1}


def regularization_model(X, Y, learning_rate=0.3, num_iterations=30000, lambd=0, keep_prob=1):
    """The Regularization notebook's ``model``: layers [2, 20, 3, 1]; costs every 1000 iterations."""
    costs = []
    layers_dims = [X.shape[0], 20, 3, 1]
    parameters = initialize_parameters_scaled(layers_dims)
    with np.errstate(divide="ignore", invalid="ignore"):
        for i in range(num_iterations):
            if keep_prob == 1:
                a3, cache = forward_propagation(X, parameters)
            else:
                a3, cache = forward_propagation_with_dropout(X, parameters, keep_prob)
            if lambd == 0:
                cost = mean_cost(a3, Y)
            else:
                cost = compute_cost_with_regularization(a3, Y, parameters, lambd)
            if lambd == 0 and keep_prob == 1:
                grads = backward_propagation_regularization_utils(X, Y, cache)
            elif lambd != 0:
                grads = backward_propagation_with_regularization(X, Y, cache, lambd)
            else:
                grads = backward_propagation_with_dropout(X, Y, cache, keep_prob)
            parameters = update_parameters(parameters, grads, learning_rate)
            if i % 1000 == 0:
                costs.append((i, float(cost)))
    return parameters, costs


# Optimization methods notebook (W2A1).

def initialize_parameters_he_style(layer_dims):
    """opt_utils ``initialize_parameters``: seed 3, W = randn · sqrt(2 / n_{l-1})."""
    np.random.seed(3)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * np.sqrt(2 / layer_dims[l - 1])
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    np.random.seed(seed)
    m = X.shape[1]
    mini_batches = []
    permutation = list(np.random.permutation(m))
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation].reshape((1, m))
    num_complete = m // mini_batch_size
    for k in range(num_complete):
        mini_batches.append((shuffled_X[:, k * mini_batch_size:(k + 1) * mini_batch_size],
                             shuffled_Y[:, k * mini_batch_size:(k + 1) * mini_batch_size]))
    if m % mini_batch_size != 0:
        mini_batches.append((shuffled_X[:, num_complete * mini_batch_size:],
                             shuffled_Y[:, num_complete * mini_batch_size:]))
    return mini_batches


def update_parameters_with_gd(parameters, grads, learning_rate):
    return update_parameters(parameters, grads, learning_rate)


def initialize_velocity(parameters):
    v = {}
    for l in range(1, len(parameters) // 2 + 1):
        v["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        v["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
    return v


def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    parameters, v = dict(parameters), dict(v)
    for l in range(1, len(parameters) // 2 + 1):
        v["dW" + str(l)] = beta * v["dW" + str(l)] + (1 - beta) * grads["dW" + str(l)]
        v["db" + str(l)] = beta * v["db" + str(l)] + (1 - beta) * grads["db" + str(l)]
        parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * v["dW" + str(l)]
        parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * v["db" + str(l)]
    return parameters, v


def initialize_adam(parameters):
    return initialize_velocity(parameters), initialize_velocity(parameters)


def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9, beta2=0.999,
                                epsilon=1e-8):
    parameters, v, s = dict(parameters), dict(v), dict(s)
    for l in range(1, len(parameters) // 2 + 1):
        for p, g in (("W" + str(l), "dW" + str(l)), ("b" + str(l), "db" + str(l))):
            v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
            v_corrected = v[g] / (1 - beta1 ** t)
            s[g] = beta2 * s[g] + (1 - beta2) * np.power(grads[g], 2)
            s_corrected = s[g] / (1 - beta2 ** t)
            parameters[p] = parameters[p] - learning_rate * v_corrected / (np.sqrt(s_corrected) + epsilon)
    return parameters, v, s


def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + decay_rate * np.floor(epoch_num / time_interval))


def optimization_model(X, Y, optimizer, learning_rate=0.0007, mini_batch_size=64, beta=0.9, beta1=0.9,
                       beta2=0.999, epsilon=1e-8, num_epochs=5000, decay=None, decay_rate=1,
                       adam_update=update_parameters_with_adam):
    """The Optimization notebook's ``model``: layers [2, 5, 2, 1]; epoch-average costs every 100 epochs.

    ``adam_update`` is the notebook's Adam step unless a known mistake (``mistakes.py``) stands in for it.
    """
    layers_dims = [X.shape[0], 5, 2, 1]
    costs = []
    t = 0
    seed = 10
    m = X.shape[1]
    learning_rate0 = learning_rate
    parameters = initialize_parameters_he_style(layers_dims)
    if optimizer == "momentum":
        v = initialize_velocity(parameters)
    elif optimizer == "adam":
        v, s = initialize_adam(parameters)
    for i in range(num_epochs):
        seed = seed + 1
        minibatches = random_mini_batches(X, Y, mini_batch_size, seed)
        cost_total = 0
        for minibatch_X, minibatch_Y in minibatches:
            a3, caches = forward_propagation(minibatch_X, parameters)
            cost_total += total_cost(a3, minibatch_Y)
            grads = backward_propagation_scaled_first(minibatch_X, minibatch_Y, caches)
            if optimizer == "gd":
                parameters = update_parameters_with_gd(parameters, grads, learning_rate)
            elif optimizer == "momentum":
                parameters, v = update_parameters_with_momentum(parameters, grads, v, beta, learning_rate)
            elif optimizer == "adam":
                t = t + 1
                parameters, v, s = adam_update(parameters, grads, v, s, t, learning_rate, beta1, beta2, epsilon)
        cost_avg = cost_total / m
        if decay:
            learning_rate = decay(learning_rate0, i, decay_rate)
        if i % 100 == 0:
            costs.append((i, float(cost_avg)))
    return parameters, costs
