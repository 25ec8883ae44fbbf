/// Gradient checking of the 1-D model J(θ) = θ·x (Gradient Checking notebook, W1A3).
///
/// The student's `StudentGradientCheck` and `ReferenceGradientCheck` conform; the grader calls them
/// through `GradientCheckCases`.
public protocol GradientCheckExercise {
    /// The notebook's `gradient_check(x, theta, epsilon)`: compares the analytic gradient with a
    /// centred finite difference.
    ///
    /// θ⁺ = θ + ε, θ⁻ = θ − ε, J⁺ = J(θ⁺), J⁻ = J(θ⁻), gradapprox = (J⁺ − J⁻) / (2ε),
    /// grad = `backwardPropagation(x:theta:)`, and
    /// difference = ‖grad − gradapprox‖₂ / (‖grad‖₂ + ‖gradapprox‖₂).
    /// Use the provided `forwardPropagation(x:theta:)` and `backwardPropagation(x:theta:)`.
    ///
    /// - Parameters:
    ///   - x: the input.
    ///   - theta: the parameter θ.
    ///   - epsilon: the nudge ε (the notebook's default is 1e-7).
    /// - Returns: the relative difference; below 2e-7 the notebook calls the gradient correct.
    func gradientCheck(x: Double, theta: Double, epsilon: Double) -> Double
}

extension GradientCheckExercise {
    /// `gradient_check(x, theta)` with the notebook's default ε = 1e-7.
    public func gradientCheck(x: Double, theta: Double) -> Double {
        gradientCheck(x: x, theta: theta, epsilon: 1e-7)
    }
}
