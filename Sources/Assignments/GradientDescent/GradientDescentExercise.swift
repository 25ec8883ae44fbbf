import NumericCore

/// Gradient descent and mini-batches (Optimization methods notebook, W2A1).
///
/// The student's `StudentGradientDescent` and `ReferenceGradientDescent` conform; the grader calls
/// them through `GradientDescentCases`.
public protocol GradientDescentExercise {
    /// The notebook's `update_parameters_with_gd(parameters, grads, learning_rate)`: one step of
    /// gradient descent.
    ///
    /// For `l = 1…L` (`L = parameters.count / 2`): W_l = W_l − α·dW_l, b_l = b_l − α·db_l.
    ///
    /// - Parameters:
    ///   - parameters: `W1, b1, …, WL, bL`.
    ///   - grads: `dW1, db1, …, dWL, dbL`, shaped like the parameters.
    ///   - learningRate: the step size α.
    /// - Returns: the updated parameters.
    func updateParametersWithGD(parameters: Parameters, grads: Gradients, learningRate: Double) -> Parameters

    /// The notebook's `random_mini_batches(X, Y, mini_batch_size, seed)`.
    ///
    /// Seeds a `RandomState` with `seed`, draws one `permutation(m)` of the `m` columns and applies it
    /// to both X and Y; then cuts ⌊m / size⌋ full mini-batches of `size` consecutive shuffled columns,
    /// and, when `size` does not divide `m`, one last mini-batch with the `m mod size` columns left.
    ///
    /// - Parameters:
    ///   - X: the inputs, shape `(n_x, m)`.
    ///   - Y: the 0/1 labels, shape `(1, m)`.
    ///   - miniBatchSize: the number of examples per full mini-batch (the notebook's default is 64).
    ///   - seed: the generator's seed, in `0..<2^32` (the notebook's default is 0).
    /// - Returns: the mini-batches in order.
    func randomMiniBatches(X: Matrix, Y: Matrix, miniBatchSize: Int, seed: Int) -> [MiniBatch]
}

extension GradientDescentExercise {
    /// `random_mini_batches(X, Y)` with the notebook's defaults: batches of 64, seed 0.
    public func randomMiniBatches(X: Matrix, Y: Matrix) -> [MiniBatch] {
        randomMiniBatches(X: X, Y: Y, miniBatchSize: 64, seed: 0)
    }
}
