import NumericCore

/// Gradient checking of the three-layer network (Gradient Checking notebook, W1A3).
///
/// The network is LINEAR→RELU→LINEAR→RELU→LINEAR→SIGMOID with a logistic cost; the provided
/// `forwardPropagationN`, `dictionaryToVector`, `vectorToDictionary` and `gradientsToVector` are the
/// notebook's helpers. The student's `StudentGradientCheckN` starts with the notebook's buggy backward
/// pass, which gradient checking exposes and the student fixes; `ReferenceGradientCheckN` has it fixed.
public protocol GradientCheckNExercise {
    /// The notebook's `backward_propagation_n(X, Y, cache)`, bugs fixed.
    ///
    /// dZ3 = A3 − Y; dW3 = (1/m)·dZ3·A2ᵀ; db3 = (1/m)·Σ_columns dZ3;
    /// dA2 = W3ᵀ·dZ3; dZ2 = dA2 ∗ (A2 > 0); dW2 = (1/m)·dZ2·A1ᵀ; db2 = (1/m)·Σ_columns dZ2;
    /// dA1 = W2ᵀ·dZ2; dZ1 = dA1 ∗ (A1 > 0); dW1 = (1/m)·dZ1·Xᵀ; db1 = (1/m)·Σ_columns dZ1.
    ///
    /// - Parameters:
    ///   - X: the inputs, shape `(n0, m)`.
    ///   - Y: the 0/1 labels, shape `(1, m)`.
    ///   - cache: the forward pass's cache.
    /// - Returns: `dZ3, dW3, db3, dA2, dZ2, dW2, db2, dA1, dZ1, dW1, db1`, each shaped like what it
    ///   differentiates.
    func backwardPropagationN(X: Matrix, Y: Matrix, cache: ForwardCache) -> Gradients

    /// The notebook's `gradient_check_n(parameters, gradients, X, Y, epsilon)`.
    ///
    /// θ = `dictionaryToVector(parameters)`, grad = `gradientsToVector(gradients)`. For every entry i
    /// of θ: θ⁺ is a copy of θ with θ⁺ᵢ += ε, J⁺ᵢ the cost `forwardPropagationN` computes from
    /// `vectorToDictionary(θ⁺, like: parameters)`; θ⁻ and J⁻ᵢ likewise with −ε; and
    /// gradapproxᵢ = (J⁺ᵢ − J⁻ᵢ) / (2ε). Then
    /// difference = ‖grad − gradapprox‖₂ / (‖grad‖₂ + ‖gradapprox‖₂).
    ///
    /// - Parameters:
    ///   - parameters: `W1, b1, W2, b2, W3, b3`.
    ///   - gradients: the gradients to check, holding at least `dW1, db1, dW2, db2, dW3, db3`.
    ///   - X: the inputs, shape `(n0, m)`.
    ///   - Y: the 0/1 labels, shape `(1, m)`.
    ///   - epsilon: the nudge ε (the notebook's default is 1e-7).
    /// - Returns: the relative difference; above 2e-7 the notebook reports a mistake in the backward pass.
    func gradientCheckN(parameters: Parameters, gradients: Gradients, X: Matrix, Y: Matrix, epsilon: Double) -> Double
}

extension GradientCheckNExercise {
    /// `gradient_check_n(parameters, gradients, X, Y)` with the notebook's default ε = 1e-7.
    public func gradientCheckN(parameters: Parameters, gradients: Gradients, X: Matrix, Y: Matrix) -> Double {
        gradientCheckN(parameters: parameters, gradients: gradients, X: X, Y: Y, epsilon: 1e-7)
    }
}
