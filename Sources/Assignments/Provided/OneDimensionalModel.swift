/// The notebook's `forward_propagation(x, theta)` for the 1-D model, provided to `gradient_check`.
///
/// `gradient_check` is graded on its own, so it calls these provided versions rather than the
/// student's answers to the `forward_propagation` exercise: a mistake there cannot cost points here.
///
/// - Returns: J(θ) = θ·x.
public func forwardPropagation(x: Double, theta: Double) -> Double {
    theta * x
}

/// The notebook's `backward_propagation(x, theta)` for the 1-D model, provided to `gradient_check`.
///
/// - Returns: dJ/dθ = x.
public func backwardPropagation(x: Double, theta: Double) -> Double {
    x
}
