import Assignments
import NumericCore

/// The notebooks' provided model code for LINEAR→RELU→LINEAR→RELU→LINEAR→SIGMOID (`init_utils`,
/// `reg_utils`, `opt_utils`), in their order of operations. Where two of numpy's steps are one pass here
/// (`np.dot(W, A) + b`, `dA * (A > 0)` with its mask unapplied, `W - α·dW`), every element still gets the
/// same operations in the same order.
public enum ThreeLayerNetwork {
    /// `forward_propagation(X, parameters)` for the notebooks' dictionary: the output `a3` and the cache.
    public static func forward(_ X: Matrix, _ parameters: Parameters) -> ForwardCache {
        forward(X, NetworkParameters(parameters))
    }

    /// `forward_propagation(X, parameters)`: the output `a3` and the cache.
    public static func forward(_ X: Matrix, _ parameters: NetworkParameters) -> ForwardCache {
        let (W1, b1, W2, b2, W3, b3) = (parameters.W1, parameters.b1, parameters.W2, parameters.b2, parameters.W3, parameters.b3)
        let z1 = W1.dot(X, plus: b1)
        let a1 = relu(z1)
        let z2 = W2.dot(a1, plus: b2)
        let a2 = relu(z2)
        let z3 = W3.dot(a2, plus: b3)
        let a3 = sigmoid(z3)
        return ForwardCache(Z1: z1, A1: a1, W1: W1, b1: b1, Z2: z2, A2: a2, W2: W2, b2: b2, Z3: z3, A3: a3, W3: W3, b3: b3)
    }

    /// `init_utils` / `opt_utils` `backward_propagation`: `dz3 = 1/m · (a3 − Y)`, no other `1/m`.
    ///
    /// `XT` is `X.T`, which a full-batch model transposes once for all its steps; `dW1 = dz1 · XT` is
    /// bit-identical to `np.dot(dz1, X.T)`.
    public static func backwardScaledFirst(XT: Matrix, _ Y: Matrix, _ cache: ForwardCache) -> NetworkGradients {
        let m = Double(XT.rows)
        let dz3 = 1 / m * (cache.A3 - Y)
        let dW3 = dz3.dotTransposed(cache.A2)
        let db3 = dz3.sum(axis: 1)
        let da2 = cache.W3.T.dot(dz3)
        let dz2 = da2 * (cache.A2 .> 0)
        let dW2 = dz2.dotTransposed(cache.A1)
        let db2 = dz2.sum(axis: 1)
        let da1 = cache.W2.T.dot(dz2)
        let dz1 = da1 * (cache.A1 .> 0)
        let dW1 = dz1.dot(XT)
        let db1 = dz1.sum(axis: 1)
        return NetworkGradients(dW1: dW1, db1: db1, dW2: dW2, db2: db2, dW3: dW3, db3: db3)
    }

    /// `reg_utils` `backward_propagation`: every `dW` and `db` scaled by `1/m`. `XT` is `X.T`, as in
    /// ``backwardScaledFirst(XT:_:_:)``.
    public static func backwardScaledEach(XT: Matrix, _ Y: Matrix, _ cache: ForwardCache) -> NetworkGradients {
        let m = Double(XT.rows)
        let dZ3 = cache.A3 - Y
        let dW3 = 1 / m * dZ3.dotTransposed(cache.A2)
        let db3 = 1 / m * dZ3.sum(axis: 1)
        let dA2 = cache.W3.T.dot(dZ3)
        let dZ2 = dA2 * (cache.A2 .> 0)
        let dW2 = 1 / m * dZ2.dotTransposed(cache.A1)
        let db2 = 1 / m * dZ2.sum(axis: 1)
        let dA1 = cache.W2.T.dot(dZ2)
        let dZ1 = dA1 * (cache.A1 .> 0)
        let dW1 = 1 / m * dZ1.dot(XT)
        let db1 = 1 / m * dZ1.sum(axis: 1)
        return NetworkGradients(dW1: dW1, db1: db1, dW2: dW2, db2: db2, dW3: dW3, db3: db3)
    }

    /// `opt_utils` `compute_cost`: the plain sum of the log-probabilities (the model divides by m).
    public static func totalCost(_ a3: Matrix, _ Y: Matrix) -> Double {
        Matrix.crossEntropyTerms(predictions: a3, labels: Y).sum()
    }

    /// `parameters = update_parameters(parameters, grads, learning_rate)`: plain gradient descent, the
    /// notebooks' helper, in place. A parameter whose storage nothing else holds (the step's cache
    /// released) is updated without a copy.
    public static func update(_ parameters: inout NetworkParameters, _ grads: NetworkGradients, learningRate: Double) {
        parameters.W1.subtract(learningRate, times: grads.dW1)
        parameters.b1.subtract(learningRate, times: grads.db1)
        parameters.W2.subtract(learningRate, times: grads.dW2)
        parameters.b2.subtract(learningRate, times: grads.db2)
        parameters.W3.subtract(learningRate, times: grads.dW3)
        parameters.b3.subtract(learningRate, times: grads.db3)
    }

    /// `predict(X, y, parameters)`: p = a3 > 0.5; the accuracy `mean(p == y)`.
    public static func accuracy(_ X: Matrix, _ Y: Matrix, _ parameters: Parameters) -> Double {
        let predictions = forward(X, parameters).A3 .> 0.5
        return (predictions .== Y).mean()
    }
}
