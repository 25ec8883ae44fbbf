// A plausible Adam mistake: the bias correction divides by 1 − β^2 at every step instead of 1 − β^t.
// It passes the notebook's own test (t = 2); the graded Adam experiment and hidden cases catch it.

import Assignments
import Foundation
import NumericCore

/// Adam with the bias correction's power fixed at 2.
struct StudentAdam: AdamExercise {
    /// Zero moments shaped like the parameters.
    func initializeAdam(parameters: Parameters) -> (v: Gradients, s: Gradients) {
        let L = parameters.count / 2
        var v = Gradients(), s = Gradients()
        for l in 1...L {
            v["dW\(l)"] = Matrix.zeros(parameters["W\(l)"]!.rows, parameters["W\(l)"]!.columns)
            v["db\(l)"] = Matrix.zeros(parameters["b\(l)"]!.rows, parameters["b\(l)"]!.columns)
            s["dW\(l)"] = Matrix.zeros(parameters["W\(l)"]!.rows, parameters["W\(l)"]!.columns)
            s["db\(l)"] = Matrix.zeros(parameters["b\(l)"]!.rows, parameters["b\(l)"]!.columns)
        }
        return (v, s)
    }

    /// One Adam step, bias-corrected with β1² and β2² whatever t is.
    func updateParametersWithAdam(
        parameters: Parameters, grads: Gradients, v: Gradients, s: Gradients, t: Int,
        learningRate: Double, beta1: Double, beta2: Double, epsilon: Double
    ) -> AdamUpdate {
        var parameters = parameters, v = v, s = s
        var vCorrected = Gradients(), sCorrected = Gradients()
        let L = parameters.count / 2
        for l in 1...L {
            for (p, g) in [("W\(l)", "dW\(l)"), ("b\(l)", "db\(l)")] {
                v[g] = beta1 * v[g]! + (1 - beta1) * grads[g]!
                vCorrected[g] = v[g]! / (1 - pow(beta1, 2))
                s[g] = beta2 * s[g]! + (1 - beta2) * (grads[g]! * grads[g]!)
                sCorrected[g] = s[g]! / (1 - pow(beta2, 2))
                parameters[p] = parameters[p]! - learningRate * vCorrected[g]! / (sqrt(sCorrected[g]!) + epsilon)
            }
        }
        return AdamUpdate(parameters: parameters, v: v, s: s, vCorrected: vCorrected, sCorrected: sCorrected)
    }
}
