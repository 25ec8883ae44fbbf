import NumericCore

/// L2 regularization of the three-layer network (Regularization notebook, W1A2).
///
/// The network is LINEAR→RELU→LINEAR→RELU→LINEAR→SIGMOID. The student's `StudentRegularization` and
/// `ReferenceRegularization` conform; the grader calls them through `RegularizationCases`. The
/// notebook's argument `lambd` (Python reserves `lambda`) is `lambda` here.
public protocol RegularizationExercise {
    /// The notebook's `compute_cost_with_regularization(A3, Y, parameters, lambd)`.
    ///
    /// cost = `computeCost(A3:Y:)` + λ/(2m) · (ΣW1² + ΣW2² + ΣW3²), where the sums run over every
    /// entry and `m` is the number of examples (columns of `Y`).
    ///
    /// - Parameters:
    ///   - A3: the network's output, shape `(1, m)`.
    ///   - Y: the 0/1 labels, shape `(1, m)`.
    ///   - parameters: `W1, b1, W2, b2, W3, b3` (only the weights enter the penalty).
    ///   - lambda: the regularization strength λ.
    /// - Returns: the regularized cost.
    func computeCostWithRegularization(A3: Matrix, Y: Matrix, parameters: Parameters, lambda: Double) -> Double

    /// The notebook's `backward_propagation_with_regularization(X, Y, cache, lambd)`.
    ///
    /// Plain backpropagation (see `GradientCheckNExercise.backwardPropagationN`) with the penalty's
    /// gradient (λ/m)·W_l added to each dW_l; the biases are not regularized, so db_l is unchanged.
    ///
    /// - Parameters:
    ///   - X: the inputs, shape `(n0, m)`.
    ///   - Y: the 0/1 labels, shape `(1, m)`.
    ///   - cache: the forward pass's cache.
    ///   - lambda: the regularization strength λ.
    /// - Returns: `dZ3, dW3, db3, dA2, dZ2, dW2, db2, dA1, dZ1, dW1, db1`.
    func backwardPropagationWithRegularization(X: Matrix, Y: Matrix, cache: ForwardCache, lambda: Double) -> Gradients
}
