import NumericCore

/// Inverted dropout in the three-layer network (Regularization notebook, W1A2).
///
/// The network is LINEAR→RELU→LINEAR→RELU→LINEAR→SIGMOID with dropout on both hidden layers. The
/// student's `StudentDropout` and `ReferenceDropout` conform; the grader calls them through `DropoutCases`.
public protocol DropoutExercise {
    /// The notebook's `forward_propagation_with_dropout(X, parameters, keep_prob)`.
    ///
    /// Seeds a `RandomState` with 1 *inside* the function, so every call draws the same masks. Then:
    /// Z1 = W1·X + b1, A1 = relu(Z1); D1 = (rand(shape of A1) < keep_prob) as 0/1;
    /// A1 = A1 ∗ D1, A1 = A1 / keep_prob; Z2 = W2·A1 + b2, A2 = relu(Z2); D2 drawn the same way
    /// after D1; A2 = A2 ∗ D2 / keep_prob; Z3 = W3·A2 + b3, A3 = sigmoid(Z3).
    ///
    /// - Parameters:
    ///   - X: the inputs, shape `(n0, m)`.
    ///   - parameters: `W1, b1, W2, b2, W3, b3`.
    ///   - keepProb: the probability of keeping a unit (the notebook's default is 0.5).
    /// - Returns: the output `A3`, shape `(1, m)`, and the cache.
    func forwardPropagationWithDropout(X: Matrix, parameters: Parameters, keepProb: Double) -> (A3: Matrix, cache: DropoutCache)

    /// The notebook's `backward_propagation_with_dropout(X, Y, cache, keep_prob)`.
    ///
    /// Plain backpropagation (see `GradientCheckNExercise.backwardPropagationN`) where the gradient
    /// through each dropped layer is masked and scaled like the forward pass:
    /// dA2 = W3ᵀ·dZ3, dA2 = dA2 ∗ D2, dA2 = dA2 / keep_prob; dA1 = W2ᵀ·dZ2, dA1 = dA1 ∗ D1,
    /// dA1 = dA1 / keep_prob.
    ///
    /// - Parameters:
    ///   - X: the inputs, shape `(n0, m)`.
    ///   - Y: the 0/1 labels, shape `(1, m)`.
    ///   - cache: the forward pass's cache, masks included.
    ///   - keepProb: the probability the forward pass kept a unit with.
    /// - Returns: `dZ3, dW3, db3, dA2, dZ2, dW2, db2, dA1, dZ1, dW1, db1`.
    func backwardPropagationWithDropout(X: Matrix, Y: Matrix, cache: DropoutCache, keepProb: Double) -> Gradients
}

extension DropoutExercise {
    /// `forward_propagation_with_dropout(X, parameters)` with the notebook's default keep_prob = 0.5.
    public func forwardPropagationWithDropout(X: Matrix, parameters: Parameters) -> (A3: Matrix, cache: DropoutCache) {
        forwardPropagationWithDropout(X: X, parameters: parameters, keepProb: 0.5)
    }
}
