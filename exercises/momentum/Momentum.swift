// Exercise `momentum` — Optimization methods notebook (W2A1), exercises 3 and 4.
// Read README.md beside this file, then replace each notImplemented() with your code.
// Check your work with: swift run grader run --exercise momentum

import Assignments
import NumericCore

/// Your gradient descent with momentum.
struct StudentMomentum: MomentumExercise {
    /// Initializes the velocity as a dictionary with keys "dW1", "db1", ..., "dWL", "dbL" and zero
    /// matrices of the same shape as the corresponding gradients/parameters.
    ///
    /// - Parameter parameters: dictionary containing your parameters:
    ///   parameters["W\(l)"] = Wl, parameters["b\(l)"] = bl
    /// - Returns: v, a dictionary containing the current velocity:
    ///   v["dW\(l)"] = velocity of dWl, v["db\(l)"] = velocity of dbl
    func initializeVelocity(parameters: Parameters) -> Gradients {
        //   let L = parameters.count / 2         // number of layers in the neural networks
        //   var v = Gradients()
        //   Initialize velocity
        //   for l in 1...L {
        //       v["dW\(l)"] =                    // Matrix.zeros(rows, columns)
        //       v["db\(l)"] =
        //   }
        //   return v
        // YOUR CODE STARTS HERE (≈ 7 lines)
        notImplemented()
        // YOUR CODE ENDS HERE
    }

    /// Updates parameters using Momentum.
    ///
    /// - Parameters:
    ///   - parameters: dictionary containing your parameters "W1", "b1", ...
    ///   - grads: dictionary containing your gradients for each parameter "dW1", "db1", ...
    ///   - v: dictionary containing the current velocity "dW1", "db1", ...
    ///   - beta: the momentum hyperparameter, scalar
    ///   - learningRate: the learning rate, scalar
    /// - Returns: parameters, a dictionary containing your updated parameters, and v, a dictionary
    ///   containing your updated velocities
    func updateParametersWithMomentum(
        parameters: Parameters, grads: Gradients, v: Gradients, beta: Double, learningRate: Double
    ) -> (parameters: Parameters, v: Gradients) {
        //   var parameters = parameters, v = v   // copies you may change
        //   let L = parameters.count / 2         // number of layers in the neural networks
        //   Momentum update for each parameter
        //   for l in 1...L {
        //       compute velocities
        //       v["dW\(l)"] =
        //       v["db\(l)"] =
        //       update parameters
        //       parameters["W\(l)"] =
        //       parameters["b\(l)"] =
        //   }
        //   return (parameters, v)
        // YOUR CODE STARTS HERE (≈ 10 lines)
        notImplemented()
        // YOUR CODE ENDS HERE
    }
}
