import NumericCore

/// Gradient descent with momentum (Optimization methods notebook, W2A1).
///
/// The student's `StudentMomentum` and `ReferenceMomentum` conform; the grader calls them through
/// `MomentumCases`.
public protocol MomentumExercise {
    /// The notebook's `initialize_velocity(parameters)`: a zero velocity for every parameter.
    ///
    /// For `l = 1…L` (`L = parameters.count / 2`): v["dW_l"] = zeros shaped like W_l,
    /// v["db_l"] = zeros shaped like b_l.
    ///
    /// - Parameter parameters: `W1, b1, …, WL, bL`.
    /// - Returns: the velocity `v`, keyed `dW1, db1, …, dWL, dbL`.
    func initializeVelocity(parameters: Parameters) -> Gradients

    /// The notebook's `update_parameters_with_momentum(parameters, grads, v, beta, learning_rate)`.
    ///
    /// For `l = 1…L`: v_dW = β·v_dW + (1−β)·dW, v_db = β·v_db + (1−β)·db, then W = W − α·v_dW,
    /// b = b − α·v_db.
    ///
    /// - Parameters:
    ///   - parameters: `W1, b1, …, WL, bL`.
    ///   - grads: `dW1, db1, …, dWL, dbL`.
    ///   - v: the current velocity, keyed like `grads`.
    ///   - beta: the momentum β.
    ///   - learningRate: the step size α.
    /// - Returns: the updated parameters and the updated velocity.
    func updateParametersWithMomentum(
        parameters: Parameters, grads: Gradients, v: Gradients, beta: Double, learningRate: Double
    ) -> (parameters: Parameters, v: Gradients)
}
