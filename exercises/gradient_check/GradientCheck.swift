// Exercise `gradient_check` — Gradient Checking notebook (W1A3), exercise 3.
// Read README.md beside this file, then replace the notImplemented() call with your code.
// Check your work with: swift run grader run --exercise gradient_check

import Assignments
import NumericCore

/// Your gradient check of the 1-D model J(θ) = θ·x.
struct StudentGradientCheck: GradientCheckExercise {
    /// Implements the gradient checking presented in Figure 1.
    ///
    /// The provided `forwardPropagation(x:theta:)` and `backwardPropagation(x:theta:)` compute J and dθ.
    ///
    /// - Parameters:
    ///   - x: a float input
    ///   - theta: our parameter, a float as well
    ///   - epsilon: tiny shift to the input to compute the approximated gradient with formula (1)
    /// - Returns: difference (2) between the approximated gradient and the backward-propagation gradient
    func gradientCheck(x: Double, theta: Double, epsilon: Double) -> Double {
        // Compute gradapprox using the right side of formula (1). epsilon is small enough, you don't
        // need to worry about the limit.
        //   let thetaPlus =                                  // Step 1
        //   let thetaMinus =                                 // Step 2
        //   let jPlus =                                      // Step 3
        //   let jMinus =                                     // Step 4
        //   let gradapprox =                                 // Step 5
        // Check if gradapprox is close enough to the output of backwardPropagation(x:theta:)
        //   let grad =
        // The 2-norm of a single number is its absolute value, abs(_:).
        //   let numerator =                                  // Step 1'
        //   let denominator =                                // Step 2'
        //   let difference =                                 // Step 3'
        // YOUR CODE STARTS HERE (≈ 10 lines)
        notImplemented()
        // YOUR CODE ENDS HERE
    }
}
