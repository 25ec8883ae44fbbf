import NumericCore

/// The order in which the three-layer network's parameters are laid end to end in one vector.
let threeLayerParameterKeys = ["W1", "b1", "W2", "b2", "W3", "b3"]

/// The notebook's `dictionary_to_vector(parameters)`: every parameter in one column vector.
///
/// `W1, b1, W2, b2, W3, b3`, each flattened row-major, stacked into one `(n, 1)` column. (The
/// notebook also returns the key of every entry; nothing uses it, so this version does not.)
///
/// - Parameter parameters: `W1, b1, W2, b2, W3, b3`.
/// - Returns: θ, shape `(n, 1)` with `n` the total number of parameters (47 in the notebook).
public func dictionaryToVector(_ parameters: Parameters) -> Matrix {
    Matrix.vstack(threeLayerParameterKeys.map { key in
        let value = parameters[key]!
        return value.reshaped(value.count, 1)
    })
}

/// The notebook's `vector_to_dictionary(theta)`: the inverse of `dictionaryToVector`.
///
/// The notebook hard-codes the shapes `(5, 4), (5, 1), (3, 5), (3, 1), (1, 3), (1, 1)`; this version
/// takes them from `template`, so the same code serves networks of any widths.
///
/// - Parameters:
///   - theta: a column vector with as many entries as `template` has numbers.
///   - template: parameters `W1, b1, W2, b2, W3, b3` whose shapes the result takes (values unused).
/// - Returns: `W1, b1, W2, b2, W3, b3` read from consecutive slices of `theta`.
public func vectorToDictionary(_ theta: Matrix, like template: Parameters) -> Parameters {
    precondition(theta.columns == 1, "vectorToDictionary: theta must be a column vector, got shape \(theta.shape)")
    var parameters = Parameters()
    var start = 0
    for key in threeLayerParameterKeys {
        let shape = template[key]!.shape
        let end = start + shape.rows * shape.columns
        parameters[key] = Matrix(rows: shape.rows, columns: shape.columns, data: Array(theta.storage[start..<end]))
        start = end
    }
    precondition(start == theta.count, "vectorToDictionary: theta has \(theta.count) entries, the template \(start)")
    return parameters
}

/// The notebook's `gradients_to_vector(gradients)`: `dW1, db1, dW2, db2, dW3, db3` in one column.
///
/// The same layout as `dictionaryToVector`, so entry `i` of both vectors belongs to one parameter.
///
/// - Parameter gradients: a dictionary holding at least `dW1, db1, dW2, db2, dW3, db3`.
/// - Returns: the gradient vector, shape `(n, 1)`.
public func gradientsToVector(_ gradients: Gradients) -> Matrix {
    Matrix.vstack(threeLayerParameterKeys.map { key in
        let value = gradients["d" + key]!
        return value.reshaped(value.count, 1)
    })
}
