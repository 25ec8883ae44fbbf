// Exercise `adam` — Optimization methods notebook (W2A1), exercises 5 and 6.
// Read README.md beside this file, then replace each notImplemented() with your code.
// Check your work with: swift run grader run --exercise adam

import Assignments
import Foundation
import NumericCore

/// Your Adam optimizer.
struct StudentAdam: AdamExercise {
    /// Initializes v and s as two dictionaries with keys "dW1", "db1", ..., "dWL", "dbL" and zero
    /// matrices of the same shape as the corresponding gradients/parameters.
    ///
    /// - Parameter parameters: dictionary containing your parameters:
    ///   parameters["W\(l)"] = Wl, parameters["b\(l)"] = bl
    /// - Returns: v, the exponentially weighted average of the gradient (v["dW\(l)"] = ..., v["db\(l)"]
    ///   = ...), and s, the exponentially weighted average of the squared gradient (s["dW\(l)"] = ...,
    ///   s["db\(l)"] = ...)
    func initializeAdam(parameters: Parameters) -> (v: Gradients, s: Gradients) {
        //   let L = parameters.count / 2         // number of layers in the neural networks
        //   var v = Gradients(), s = Gradients()
        //   Initialize v, s. Input: "parameters". Outputs: "v, s".
        //   for l in 1...L {
        //       v["dW\(l)"] =
        //       v["db\(l)"] =
        //       s["dW\(l)"] =
        //       s["db\(l)"] =
        //   }
        //   return (v, s)
        // YOUR CODE STARTS HERE (≈ 9 lines)
        notImplemented()
        // YOUR CODE ENDS HERE
    }

    /// Updates parameters using Adam.
    ///
    /// - Parameters:
    ///   - parameters: dictionary containing your parameters "W1", "b1", ...
    ///   - grads: dictionary containing your gradients for each parameter "dW1", "db1", ...
    ///   - v: Adam variable, moving average of the first gradient, a dictionary
    ///   - s: Adam variable, moving average of the squared gradient, a dictionary
    ///   - t: Adam variable, counts the number of taken steps
    ///   - learningRate: the learning rate, scalar
    ///   - beta1: exponential decay hyperparameter for the first moment estimates
    ///   - beta2: exponential decay hyperparameter for the second moment estimates
    ///   - epsilon: hyperparameter preventing division by zero in Adam updates
    /// - Returns: AdamUpdate with parameters (your updated parameters), v and s (the moving averages),
    ///   and vCorrected and sCorrected (their bias-corrected values)
    func updateParametersWithAdam(
        parameters: Parameters, grads: Gradients, v: Gradients, s: Gradients, t: Int,
        learningRate: Double, beta1: Double, beta2: Double, epsilon: Double
    ) -> AdamUpdate {
        //   var parameters = parameters, v = v, s = s      // copies you may change
        //   let L = parameters.count / 2                   // number of layers in the neural networks
        //   var vCorrected = Gradients()                   // initializing first moment estimate
        //   var sCorrected = Gradients()                   // initializing second moment estimate
        //   Perform Adam update on all parameters
        //   for l in 1...L {
        //       Moving average of the gradients. Inputs: "v, grads, beta1". Output: "v".
        //       v["dW\(l)"] =
        //       v["db\(l)"] =
        //       Compute bias-corrected first moment estimate. Inputs: "v, beta1, t". Output: "vCorrected".
        //       vCorrected["dW\(l)"] =                     // pow(beta1, Double(t)) is beta1 to the power t
        //       vCorrected["db\(l)"] =
        //       Moving average of the squared gradients. Inputs: "s, grads, beta2". Output: "s".
        //       s["dW\(l)"] =
        //       s["db\(l)"] =
        //       Compute bias-corrected second raw moment estimate. Inputs: "s, beta2, t". Output: "sCorrected".
        //       sCorrected["dW\(l)"] =
        //       sCorrected["db\(l)"] =
        //       Update parameters. Inputs: "parameters, learningRate, vCorrected, sCorrected, epsilon".
        //       Output: "parameters". sqrt(_:) takes the element-wise square root of a Matrix.
        //       parameters["W\(l)"] =
        //       parameters["b\(l)"] =
        //   }
        //   return AdamUpdate(parameters: parameters, v: v, s: s, vCorrected: vCorrected, sCorrected: sCorrected)
        // YOUR CODE STARTS HERE (≈ 20 lines)
        notImplemented()
        // YOUR CODE ENDS HERE
    }
}
