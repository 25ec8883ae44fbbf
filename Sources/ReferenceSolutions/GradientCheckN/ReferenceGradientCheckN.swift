import Assignments
import NumericCore

/// The reference answer to the `gradient_check_n` exercise, in the notebook solution's order of operations.
public struct ReferenceGradientCheckN: GradientCheckNExercise {
    /// Creates the reference implementation.
    public init() {}

    /// The backward pass with both of the notebook's bugs fixed (`dW2` without `· 2`, `db1` with `1/m`).
    public func backwardPropagationN(X: Matrix, Y: Matrix, cache: ForwardCache) -> Gradients {
        let m = Double(X.columns)

        let dZ3 = cache.A3 - Y
        let dW3 = 1 / m * dZ3.dot(cache.A2.T)
        let db3 = 1 / m * dZ3.sum(axis: 1)

        let dA2 = cache.W3.T.dot(dZ3)
        let dZ2 = dA2 * (cache.A2 .> 0)
        let dW2 = 1 / m * dZ2.dot(cache.A1.T)
        let db2 = 1 / m * dZ2.sum(axis: 1)

        let dA1 = cache.W2.T.dot(dZ2)
        let dZ1 = dA1 * (cache.A1 .> 0)
        let dW1 = 1 / m * dZ1.dot(X.T)
        let db1 = 1 / m * dZ1.sum(axis: 1)

        return [
            "dZ3": dZ3, "dW3": dW3, "db3": db3,
            "dA2": dA2, "dZ2": dZ2, "dW2": dW2, "db2": db2,
            "dA1": dA1, "dZ1": dZ1, "dW1": dW1, "db1": db1,
        ]
    }

    /// The centred-difference check over every parameter, each nudged in a fresh copy of θ.
    public func gradientCheckN(
        parameters: Parameters, gradients: Gradients, X: Matrix, Y: Matrix, epsilon: Double
    ) -> Double {
        let parametersValues = dictionaryToVector(parameters)
        let grad = gradientsToVector(gradients)
        let numParameters = parametersValues.rows
        var gradapprox = Matrix.zeros(numParameters, 1)

        for i in 0..<numParameters {
            var thetaPlus = parametersValues
            thetaPlus[i, 0] = thetaPlus[i, 0] + epsilon
            let jPlus = forwardPropagationN(X: X, Y: Y, parameters: vectorToDictionary(thetaPlus, like: parameters)).cost

            var thetaMinus = parametersValues
            thetaMinus[i, 0] = thetaMinus[i, 0] - epsilon
            let jMinus = forwardPropagationN(X: X, Y: Y, parameters: vectorToDictionary(thetaMinus, like: parameters)).cost

            gradapprox[i, 0] = (jPlus - jMinus) / (2 * epsilon)
        }

        let numerator = (grad - gradapprox).norm()
        let denominator = grad.norm() + gradapprox.norm()
        return numerator / denominator
    }
}
