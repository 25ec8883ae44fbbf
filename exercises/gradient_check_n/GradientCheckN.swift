// Exercise `gradient_check_n` — Gradient Checking notebook (W1A3), exercise 4.
// Read README.md beside this file. Implement gradientCheckN, run it on the backward pass below, and
// fix the backward pass until the check passes.
// Check your work with: swift run grader run --exercise gradient_check_n

import Assignments
import NumericCore

/// Your N-dimensional gradient check, and the backward pass it is checking.
struct StudentGradientCheckN: GradientCheckNExercise {
    /// Implements the backward propagation presented in Figure 2.
    ///
    /// This is the notebook's code as it was handed to you. It may have mistakes: gradient checking
    /// will tell you, and you fix them here.
    ///
    /// - Parameters:
    ///   - X: input datapoints, of shape (input size, number of examples)
    ///   - Y: true "label"
    ///   - cache: cache output from forwardPropagationN(X:Y:parameters:)
    /// - Returns: gradients, a dictionary with the gradients of the cost with respect to each
    ///   parameter, activation and pre-activation variable
    func backwardPropagationN(X: Matrix, Y: Matrix, cache: ForwardCache) -> Gradients {
        let m = Double(X.columns)

        let dZ3 = cache.A3 - Y
        let dW3 = 1 / m * dZ3.dot(cache.A2.T)
        let db3 = 1 / m * dZ3.sum(axis: 1)

        let dA2 = cache.W3.T.dot(dZ3)
        let dZ2 = dA2 * (cache.A2 .> 0)
        let dW2 = 1 / m * dZ2.dot(cache.A1.T) * 2
        let db2 = 1 / m * dZ2.sum(axis: 1)

        let dA1 = cache.W2.T.dot(dZ2)
        let dZ1 = dA1 * (cache.A1 .> 0)
        let dW1 = 1 / m * dZ1.dot(X.T)
        let db1 = 4 / m * dZ1.sum(axis: 1)

        return [
            "dZ3": dZ3, "dW3": dW3, "db3": db3,
            "dA2": dA2, "dZ2": dZ2, "dW2": dW2, "db2": db2,
            "dA1": dA1, "dZ1": dZ1, "dW1": dW1, "db1": db1,
        ]
    }

    /// Checks if backwardPropagationN computes correctly the gradient of the cost output by
    /// forwardPropagationN.
    ///
    /// - Parameters:
    ///   - parameters: dictionary containing your parameters "W1", "b1", "W2", "b2", "W3", "b3"
    ///   - gradients: output of backwardPropagationN, contains the gradients of the cost with respect
    ///     to the parameters
    ///   - X: input datapoints, of shape (input size, number of examples)
    ///   - Y: true "label"
    ///   - epsilon: tiny shift to the input to compute the approximated gradient with formula (1)
    /// - Returns: difference (2) between the approximated gradient and the backward-propagation gradient
    func gradientCheckN(parameters: Parameters, gradients: Gradients, X: Matrix, Y: Matrix, epsilon: Double) -> Double {
        // Set-up variables
        //   let parametersValues = dictionaryToVector(parameters)
        //   let grad = gradientsToVector(gradients)
        //   let numParameters = parametersValues.rows
        //   var gradapprox = Matrix.zeros(numParameters, 1)
        //
        // Compute gradapprox: for i in 0..<numParameters {
        //   Compute jPlus. Inputs: "parametersValues, epsilon". Output = "jPlus".
        //   forwardPropagationN returns (cost, cache); only the cost matters here.
        //     var thetaPlus =                                  // Step 1 (a copy: Matrix is a value type)
        //     thetaPlus[i, 0] =                                // Step 2
        //     let jPlus =                                      // Step 3 (use vectorToDictionary(_:like:))
        //   Compute jMinus. Inputs: "parametersValues, epsilon". Output = "jMinus".
        //     var thetaMinus =                                 // Step 1
        //     thetaMinus[i, 0] =                               // Step 2
        //     let jMinus =                                     // Step 3
        //   Compute gradapprox[i, 0]
        //     gradapprox[i, 0] =
        // }
        //
        // Compare gradapprox to the backward-propagation gradients by computing the difference.
        // Matrix.norm() is the 2-norm.
        //   let numerator =                                    // Step 1'
        //   let denominator =                                  // Step 2'
        //   let difference =                                   // Step 3'
        // YOUR CODE STARTS HERE (≈ 20 lines)
        notImplemented()
        // YOUR CODE ENDS HERE
    }
}
