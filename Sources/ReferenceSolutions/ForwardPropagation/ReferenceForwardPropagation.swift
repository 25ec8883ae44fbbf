import Assignments

/// The reference answer to the `forward_propagation` exercise, as the notebook's solution computes it.
public struct ReferenceForwardPropagation: ForwardPropagationExercise {
    /// Creates the reference implementation.
    public init() {}

    /// J = θ·x.
    public func forwardPropagation(x: Double, theta: Double) -> Double {
        theta * x
    }

    /// dθ = x.
    public func backwardPropagation(x: Double, theta: Double) -> Double {
        x
    }
}
