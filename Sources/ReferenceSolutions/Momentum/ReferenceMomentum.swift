import Assignments
import NumericCore

/// The reference answers to the `momentum` exercise, in the notebook solution's order of operations.
public struct ReferenceMomentum: MomentumExercise {
    /// Creates the reference implementation.
    public init() {}

    /// Zeros shaped like each W_l and b_l.
    public func initializeVelocity(parameters: Parameters) -> Gradients {
        let L = parameters.count / 2
        var v = Gradients()
        for l in 1...L {
            let W = parameters["W\(l)"]!, b = parameters["b\(l)"]!
            v["dW\(l)"] = Matrix.zeros(W.rows, W.columns)
            v["db\(l)"] = Matrix.zeros(b.rows, b.columns)
        }
        return v
    }

    /// The exponentially weighted average of the gradients, then a step along it.
    public func updateParametersWithMomentum(
        parameters: Parameters, grads: Gradients, v: Gradients, beta: Double, learningRate: Double
    ) -> (parameters: Parameters, v: Gradients) {
        var parameters = parameters
        var v = v
        let L = parameters.count / 2
        for l in 1...L {
            v["dW\(l)"] = beta * v["dW\(l)"]! + (1 - beta) * grads["dW\(l)"]!
            v["db\(l)"] = beta * v["db\(l)"]! + (1 - beta) * grads["db\(l)"]!
            parameters["W\(l)"] = parameters["W\(l)"]! - learningRate * v["dW\(l)"]!
            parameters["b\(l)"] = parameters["b\(l)"]! - learningRate * v["db\(l)"]!
        }
        return (parameters, v)
    }
}
