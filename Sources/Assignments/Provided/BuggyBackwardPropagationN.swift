import NumericCore

/// The notebook's `backward_propagation_n` exactly as it is handed out: with its two deliberate bugs.
///
/// `dW2` is multiplied by 2 and `db1` uses `4/m` instead of `1/m`. Finding and fixing them with
/// gradient checking is the point of the `gradient_check_n` exercise; the student's file carries its
/// own copy of this function to fix. This original stays here so that the notebook's "difference with
/// the buggy backward pass" can be reproduced.
///
/// - Parameters:
///   - X: the inputs, shape `(n0, m)`.
///   - Y: the labels, shape `(1, m)`.
///   - cache: the forward pass's cache.
/// - Returns: `dZ3, dW3, db3, dA2, dZ2, dW2, db2, dA1, dZ1, dW1, db1`, two of them wrong.
public func buggyBackwardPropagationN(X: Matrix, Y: Matrix, cache: ForwardCache) -> Gradients {
    let m = Double(X.columns)

    let dZ3 = cache.A3 - Y
    let dW3 = 1 / m * dZ3.dot(cache.A2.T)
    let db3 = 1 / m * dZ3.sum(axis: 1)

    let dA2 = cache.W3.T.dot(dZ3)
    let dZ2 = dA2 * (cache.A2 .> 0)
    let dW2 = 1 / m * dZ2.dot(cache.A1.T) * 2
    let db2 = 1 / m * dZ2.sum(axis: 1)

    let dA1 = cache.W2.T.dot(dZ2)
    let dZ1 = dA1 * (cache.A1 .> 0)
    let dW1 = 1 / m * dZ1.dot(X.T)
    let db1 = 4 / m * dZ1.sum(axis: 1)

    return [
        "dZ3": dZ3, "dW3": dW3, "db3": db3,
        "dA2": dA2, "dZ2": dZ2, "dW2": dW2, "db2": db2,
        "dA1": dA1, "dZ1": dZ1, "dW1": dW1, "db1": db1,
    ]
}
