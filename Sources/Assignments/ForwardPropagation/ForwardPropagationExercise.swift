/// The 1-D model of the Gradient Checking notebook (W1A3): J(θ) = θ·x and its derivative.
///
/// The student's `StudentForwardPropagation` and the `ReferenceForwardPropagation` conform; the grader
/// calls them through `ForwardPropagationCases`.
public protocol ForwardPropagationExercise {
    /// The notebook's `forward_propagation(x, theta)`: the linear "cost" J = θ·x.
    ///
    /// - Parameters:
    ///   - x: the input, a real number.
    ///   - theta: the parameter θ, a real number.
    /// - Returns: J = θ·x.
    func forwardPropagation(x: Double, theta: Double) -> Double

    /// The notebook's `backward_propagation(x, theta)`: the derivative of J with respect to θ.
    ///
    /// - Parameters:
    ///   - x: the input.
    ///   - theta: the parameter θ (J is linear in θ, so its value does not matter).
    /// - Returns: dθ = ∂J/∂θ = x.
    func backwardPropagation(x: Double, theta: Double) -> Double
}
