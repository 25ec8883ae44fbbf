import Assignments
import Foundation
import NumericCore

/// The reference answers to the `adam` exercise, in the notebook solution's order of operations.
public struct ReferenceAdam: AdamExercise {
    /// Creates the reference implementation.
    public init() {}

    /// Zeros shaped like each W_l and b_l, for both moments.
    public func initializeAdam(parameters: Parameters) -> (v: Gradients, s: Gradients) {
        let L = parameters.count / 2
        var v = Gradients()
        var s = Gradients()
        for l in 1...L {
            let W = parameters["W\(l)"]!, b = parameters["b\(l)"]!
            v["dW\(l)"] = Matrix.zeros(W.rows, W.columns)
            v["db\(l)"] = Matrix.zeros(b.rows, b.columns)
            s["dW\(l)"] = Matrix.zeros(W.rows, W.columns)
            s["db\(l)"] = Matrix.zeros(b.rows, b.columns)
        }
        return (v, s)
    }

    /// Moments, bias correction with β1ᵗ and β2ᵗ, then the step.
    public func updateParametersWithAdam(
        parameters: Parameters, grads: Gradients, v: Gradients, s: Gradients, t: Int,
        learningRate: Double, beta1: Double, beta2: Double, epsilon: Double
    ) -> AdamUpdate {
        var parameters = parameters
        var v = v
        var s = s
        var vCorrected = Gradients()
        var sCorrected = Gradients()
        let L = parameters.count / 2
        for l in 1...L {
            for (parameter, gradient) in [("W\(l)", "dW\(l)"), ("b\(l)", "db\(l)")] {
                let g = grads[gradient]!
                v[gradient] = beta1 * v[gradient]! + (1 - beta1) * g
                vCorrected[gradient] = v[gradient]! / (1 - pow(beta1, Double(t)))
                s[gradient] = beta2 * s[gradient]! + (1 - beta2) * (g * g)
                sCorrected[gradient] = s[gradient]! / (1 - pow(beta2, Double(t)))
                parameters[parameter] = parameters[parameter]!
                    - learningRate * vCorrected[gradient]! / (sqrt(sCorrected[gradient]!) + epsilon)
            }
        }
        return AdamUpdate(parameters: parameters, v: v, s: s, vCorrected: vCorrected, sCorrected: sCorrected)
    }
}
