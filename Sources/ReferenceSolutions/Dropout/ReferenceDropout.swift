import Assignments
import NumericCore

/// The reference answers to the `dropout` exercise, drawing exactly the notebook's masks.
public struct ReferenceDropout: DropoutExercise {
    /// Creates the reference implementation.
    public init() {}

    /// Seed 1, then D1 and D2 with `rand`, in that order.
    public func forwardPropagationWithDropout(
        X: Matrix, parameters: Parameters, keepProb: Double
    ) -> (A3: Matrix, cache: DropoutCache) {
        var rng = RandomState(seed: 1)
        let W1 = parameters["W1"]!, b1 = parameters["b1"]!
        let W2 = parameters["W2"]!, b2 = parameters["b2"]!
        let W3 = parameters["W3"]!, b3 = parameters["b3"]!

        let Z1 = W1.dot(X) + b1
        var A1 = relu(Z1)
        let D1 = rng.rand(A1.rows, A1.columns) .< keepProb
        A1 = A1 * D1
        A1 = A1 / keepProb

        let Z2 = W2.dot(A1) + b2
        var A2 = relu(Z2)
        let D2 = rng.rand(A2.rows, A2.columns) .< keepProb
        A2 = A2 * D2
        A2 = A2 / keepProb

        let Z3 = W3.dot(A2) + b3
        let A3 = sigmoid(Z3)

        let cache = DropoutCache(
            Z1: Z1, D1: D1, A1: A1, W1: W1, b1: b1, Z2: Z2, D2: D2, A2: A2, W2: W2, b2: b2,
            Z3: Z3, A3: A3, W3: W3, b3: b3)
        return (A3, cache)
    }

    /// Backpropagation with the gradients masked by D2 and D1 and divided by keep_prob.
    public func backwardPropagationWithDropout(
        X: Matrix, Y: Matrix, cache: DropoutCache, keepProb: Double
    ) -> Gradients {
        let m = Double(X.columns)

        let dZ3 = cache.A3 - Y
        let dW3 = 1 / m * dZ3.dot(cache.A2.T)
        let db3 = 1 / m * dZ3.sum(axis: 1)

        var dA2 = cache.W3.T.dot(dZ3)
        dA2 = dA2 * cache.D2
        dA2 = dA2 / keepProb
        let dZ2 = dA2 * (cache.A2 .> 0)
        let dW2 = 1 / m * dZ2.dot(cache.A1.T)
        let db2 = 1 / m * dZ2.sum(axis: 1)

        var dA1 = cache.W2.T.dot(dZ2)
        dA1 = dA1 * cache.D1
        dA1 = dA1 / keepProb
        let dZ1 = dA1 * (cache.A1 .> 0)
        let dW1 = 1 / m * dZ1.dot(X.T)
        let db1 = 1 / m * dZ1.sum(axis: 1)

        return [
            "dZ3": dZ3, "dW3": dW3, "db3": db3,
            "dA2": dA2, "dZ2": dZ2, "dW2": dW2, "db2": db2,
            "dA1": dA1, "dZ1": dZ1, "dW1": dW1, "db1": db1,
        ]
    }
}
