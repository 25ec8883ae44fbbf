import Assignments

/// The reference answer to the `gradient_check` exercise, in the notebook solution's order of operations.
public struct ReferenceGradientCheck: GradientCheckExercise {
    /// Creates the reference implementation.
    public init() {}

    /// The centred-difference check; the 2-norm of a scalar is its absolute value.
    public func gradientCheck(x: Double, theta: Double, epsilon: Double) -> Double {
        let thetaPlus = theta + epsilon
        let thetaMinus = theta - epsilon
        let jPlus = forwardPropagation(x: x, theta: thetaPlus)
        let jMinus = forwardPropagation(x: x, theta: thetaMinus)
        let gradapprox = (jPlus - jMinus) / (2 * epsilon)

        let grad = backwardPropagation(x: x, theta: theta)
        let numerator = abs(grad - gradapprox)
        let denominator = abs(grad) + abs(gradapprox)
        return numerator / denominator
    }
}
