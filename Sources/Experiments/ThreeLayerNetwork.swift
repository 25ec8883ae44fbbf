import Assignments
import NumericCore

/// The notebooks' provided model code for LINEAR→RELU→LINEAR→RELU→LINEAR→SIGMOID (`init_utils`,
/// `reg_utils`, `opt_utils`), in their order of operations. Where two of numpy's steps are one pass here
/// (`np.dot(W, A) + b`, `dA * (A > 0)`, `W - α·dW`), every element still gets the same operations in the
/// same order.
public enum ThreeLayerNetwork {
    /// `forward_propagation(X, parameters)`: the output `a3` and the cache.
    public static func forward(_ X: Matrix, _ parameters: Parameters) -> ForwardCache {
        let W1 = parameters["W1"]!, b1 = parameters["b1"]!
        let W2 = parameters["W2"]!, b2 = parameters["b2"]!
        let W3 = parameters["W3"]!, b3 = parameters["b3"]!
        let z1 = W1.dot(X, plus: b1)
        let a1 = relu(z1)
        let z2 = W2.dot(a1, plus: b2)
        let a2 = relu(z2)
        let z3 = W3.dot(a2, plus: b3)
        let a3 = sigmoid(z3)
        return ForwardCache(Z1: z1, A1: a1, W1: W1, b1: b1, Z2: z2, A2: a2, W2: W2, b2: b2, Z3: z3, A3: a3, W3: W3, b3: b3)
    }

    /// `init_utils` / `opt_utils` `backward_propagation`: `dz3 = 1/m · (a3 − Y)`, no other `1/m`.
    public static func backwardScaledFirst(_ X: Matrix, _ Y: Matrix, _ cache: ForwardCache) -> Gradients {
        let m = Double(X.columns)
        let dz3 = 1 / m * (cache.A3 - Y)
        let dW3 = dz3.dotTransposed(cache.A2)
        let db3 = dz3.sum(axis: 1)
        let da2 = cache.W3.T.dot(dz3)
        let dz2 = da2.timesPositive(of: cache.A2)
        let dW2 = dz2.dotTransposed(cache.A1)
        let db2 = dz2.sum(axis: 1)
        let da1 = cache.W2.T.dot(dz2)
        let dz1 = da1.timesPositive(of: cache.A1)
        let dW1 = dz1.dotTransposed(X)
        let db1 = dz1.sum(axis: 1)
        return ["dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3]
    }

    /// `reg_utils` `backward_propagation`: every `dW` and `db` scaled by `1/m`.
    public static func backwardScaledEach(_ X: Matrix, _ Y: Matrix, _ cache: ForwardCache) -> Gradients {
        let m = Double(X.columns)
        let dZ3 = cache.A3 - Y
        let dW3 = 1 / m * dZ3.dotTransposed(cache.A2)
        let db3 = 1 / m * dZ3.sum(axis: 1)
        let dA2 = cache.W3.T.dot(dZ3)
        let dZ2 = dA2.timesPositive(of: cache.A2)
        let dW2 = 1 / m * dZ2.dotTransposed(cache.A1)
        let db2 = 1 / m * dZ2.sum(axis: 1)
        let dA1 = cache.W2.T.dot(dZ2)
        let dZ1 = dA1.timesPositive(of: cache.A1)
        let dW1 = 1 / m * dZ1.dotTransposed(X)
        let db1 = 1 / m * dZ1.sum(axis: 1)
        return ["dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3]
    }

    /// `opt_utils` `compute_cost`: the plain sum of the log-probabilities (the model divides by m).
    public static func totalCost(_ a3: Matrix, _ Y: Matrix) -> Double {
        (-log(a3) * Y + -log(1 - a3) * (1 - Y)).sum()
    }

    /// `parameters = update_parameters(parameters, grads, learning_rate)`: plain gradient descent, the
    /// notebooks' helper, in place. A parameter whose storage nothing else holds (the step's cache
    /// released) is updated without a copy.
    public static func update(_ parameters: inout Parameters, _ grads: Gradients, learningRate: Double) {
        for l in 1...(parameters.count / 2) {
            let keys = LayerKeys(l)
            parameters[keys.W]!.subtract(learningRate, times: grads[keys.dW]!)
            parameters[keys.b]!.subtract(learningRate, times: grads[keys.db]!)
        }
    }

    /// The keys of layer l's parameters and gradients, spelled once for the notebooks' three layers.
    private struct LayerKeys {
        let W: String, b: String, dW: String, db: String

        private static let first = (1...3).map { l in LayerKeys(W: "W\(l)", b: "b\(l)", dW: "dW\(l)", db: "db\(l)") }

        private init(W: String, b: String, dW: String, db: String) {
            (self.W, self.b, self.dW, self.db) = (W, b, dW, db)
        }

        init(_ l: Int) {
            self = l <= Self.first.count ? Self.first[l - 1] : LayerKeys(W: "W\(l)", b: "b\(l)", dW: "dW\(l)", db: "db\(l)")
        }
    }

    /// `predict(X, y, parameters)`: p = a3 > 0.5; the accuracy `mean(p == y)`.
    public static func accuracy(_ X: Matrix, _ Y: Matrix, _ parameters: Parameters) -> Double {
        let predictions = forward(X, parameters).A3 .> 0.5
        return (predictions .== Y).mean()
    }
}
