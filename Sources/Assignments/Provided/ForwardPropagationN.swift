import NumericCore

/// The notebook's `forward_propagation_n(X, Y, parameters)`: the three-layer network's logistic cost.
///
/// LINEAR→RELU→LINEAR→RELU→LINEAR→SIGMOID, then
/// `cost = (1/m) · Σ [−y·log(a3) − (1−y)·log(1−a3)]` with numpy's pairwise sum (not NaN-ignoring).
///
/// - Parameters:
///   - X: the inputs, shape `(n0, m)`, one example per column.
///   - Y: the 0/1 labels, shape `(1, m)`.
///   - parameters: `W1, b1, W2, b2, W3, b3` of any layer widths `n1, n2` (`W3` has one row).
/// - Returns: the cost and the cache the backward pass needs.
public func forwardPropagationN(X: Matrix, Y: Matrix, parameters: Parameters) -> (cost: Double, cache: ForwardCache) {
    let m = Double(X.columns)
    let W1 = parameters["W1"]!, b1 = parameters["b1"]!
    let W2 = parameters["W2"]!, b2 = parameters["b2"]!
    let W3 = parameters["W3"]!, b3 = parameters["b3"]!

    let Z1 = W1.dot(X) + b1
    let A1 = relu(Z1)
    let Z2 = W2.dot(A1) + b2
    let A2 = relu(Z2)
    let Z3 = W3.dot(A2) + b3
    let A3 = sigmoid(Z3)

    let logProbs = -log(A3) * Y + -log(1 - A3) * (1 - Y)
    let cost = 1 / m * logProbs.sum()

    let cache = ForwardCache(
        Z1: Z1, A1: A1, W1: W1, b1: b1, Z2: Z2, A2: A2, W2: W2, b2: b2, Z3: Z3, A3: A3, W3: W3, b3: b3)
    return (cost, cache)
}
