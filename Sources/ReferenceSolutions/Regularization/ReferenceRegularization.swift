import Assignments
import NumericCore

/// The reference answers to the `regularization` exercise, in the notebook solution's order of operations.
public struct ReferenceRegularization: RegularizationExercise {
    /// Creates the reference implementation.
    public init() {}

    /// Cross-entropy plus λ/(2m) times the sum of the squared weights.
    public func computeCostWithRegularization(A3: Matrix, Y: Matrix, parameters: Parameters, lambda: Double) -> Double {
        let m = Double(Y.columns)
        let W1 = parameters["W1"]!
        let W2 = parameters["W2"]!
        let W3 = parameters["W3"]!

        let crossEntropyCost = computeCost(A3: A3, Y: Y)
        let l2RegularizationCost = lambda / (2 * m) * ((W1 * W1).sum() + (W2 * W2).sum() + (W3 * W3).sum())
        return crossEntropyCost + l2RegularizationCost
    }

    /// Backpropagation with (λ/m)·W_l added to each dW_l.
    public func backwardPropagationWithRegularization(
        X: Matrix, Y: Matrix, cache: ForwardCache, lambda: Double
    ) -> Gradients {
        let m = Double(X.columns)

        let dZ3 = cache.A3 - Y
        let dW3 = 1 / m * dZ3.dot(cache.A2.T) + lambda / m * cache.W3
        let db3 = 1 / m * dZ3.sum(axis: 1)

        let dA2 = cache.W3.T.dot(dZ3)
        let dZ2 = dA2 * (cache.A2 .> 0)
        let dW2 = 1 / m * dZ2.dot(cache.A1.T) + lambda / m * cache.W2
        let db2 = 1 / m * dZ2.sum(axis: 1)

        let dA1 = cache.W2.T.dot(dZ2)
        let dZ1 = dA1 * (cache.A1 .> 0)
        let dW1 = 1 / m * dZ1.dot(X.T) + lambda / m * cache.W1
        let db1 = 1 / m * dZ1.sum(axis: 1)

        return [
            "dZ3": dZ3, "dW3": dW3, "db3": db3,
            "dA2": dA2, "dZ2": dZ2, "dW2": dW2, "db2": db2,
            "dA1": dA1, "dZ1": dZ1, "dW1": dW1, "db1": db1,
        ]
    }
}
