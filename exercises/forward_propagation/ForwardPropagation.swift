// Exercise `forward_propagation` — Gradient Checking notebook (W1A3), exercises 1 and 2.
// Read README.md beside this file, then replace each notImplemented() with your code.
// Check your work with: swift run grader run --exercise forward_propagation

import Assignments
import NumericCore

/// Your 1-D model: J(θ) = θ·x and its derivative.
struct StudentForwardPropagation: ForwardPropagationExercise {
    /// Implements the linear forward propagation (computes J) presented in Figure 1: J(θ) = θ·x.
    ///
    /// - Parameters:
    ///   - x: a real-valued input
    ///   - theta: our parameter, a real number as well
    /// - Returns: J, the value of the function J computed with the formula J(θ) = θ·x
    func forwardPropagation(x: Double, theta: Double) -> Double {
        // YOUR CODE STARTS HERE (≈ 1 line)
        notImplemented()
        // YOUR CODE ENDS HERE
    }

    /// Computes the derivative of J with respect to θ (see Figure 1).
    ///
    /// - Parameters:
    ///   - x: a real-valued input
    ///   - theta: our parameter, a real number as well
    /// - Returns: dtheta, the gradient of the cost with respect to θ
    func backwardPropagation(x: Double, theta: Double) -> Double {
        // YOUR CODE STARTS HERE (≈ 1 line)
        notImplemented()
        // YOUR CODE ENDS HERE
    }
}
