import NumericCore

/// One mini-batch `(mini_batch_X, mini_batch_Y)`: the same examples' inputs and labels, column by column.
///
/// `X` has shape `(n_x, size)` and `Y` shape `(1, size)`.
public typealias MiniBatch = (X: Matrix, Y: Matrix)
