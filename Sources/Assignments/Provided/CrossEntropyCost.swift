import NumericCore

/// The Regularization notebook's `compute_cost(A3, Y)`: the cross-entropy cost, ignoring NaNs.
///
/// `(1/m) · nansum(−y·log(a3) − (1−y)·log(1−a3))`. The NaN-ignoring sum is the notebook's: an `a3`
/// of exactly 0 or 1 makes `0·log(0)` a NaN, which it drops.
///
/// - Parameters:
///   - A3: the network's output, shape `(1, m)`.
///   - Y: the 0/1 labels, shape `(1, m)`.
/// - Returns: the cost, without any regularization term.
public func computeCost(A3: Matrix, Y: Matrix) -> Double {
    let m = Double(Y.columns)
    let logProbs = Matrix.crossEntropyTerms(predictions: A3, labels: Y)  // -log(A3)·Y + -log(1 − A3)·(1 − Y)
    return 1 / m * logProbs.nansum()
}
