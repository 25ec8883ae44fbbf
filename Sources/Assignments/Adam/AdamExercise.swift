/// The Adam optimizer (Optimization methods notebook, W2A1).
///
/// The student's `StudentAdam` and `ReferenceAdam` conform; the grader calls them through `AdamCases`.
public protocol AdamExercise {
    /// The notebook's `initialize_adam(parameters)`: zero first and second moments.
    ///
    /// For `l = 1…L` (`L = parameters.count / 2`): v["dW_l"], s["dW_l"] = zeros shaped like W_l;
    /// v["db_l"], s["db_l"] = zeros shaped like b_l.
    ///
    /// - Parameter parameters: `W1, b1, …, WL, bL`.
    /// - Returns: `v` and `s`, each keyed `dW1, db1, …, dWL, dbL`.
    func initializeAdam(parameters: Parameters) -> (v: Gradients, s: Gradients)

    /// The notebook's `update_parameters_with_adam(parameters, grads, v, s, t, learning_rate, beta1,
    /// beta2, epsilon)`: one Adam step.
    ///
    /// For every gradient g (each dW_l and db_l) of parameter p:
    /// v = β1·v + (1−β1)·g; v̂ = v / (1 − β1ᵗ); s = β2·s + (1−β2)·g²; ŝ = s / (1 − β2ᵗ);
    /// p = p − α·v̂ / (√ŝ + ε), all element-wise.
    ///
    /// - Parameters:
    ///   - parameters: `W1, b1, …, WL, bL`.
    ///   - grads: `dW1, db1, …, dWL, dbL`.
    ///   - v: the first-moment estimate, keyed like `grads`.
    ///   - s: the second-moment estimate, keyed like `grads`.
    ///   - t: the number of Adam steps taken so far, this one included (1 on the first step).
    ///   - learningRate: the step size α (the notebook's default is 0.01).
    ///   - beta1: the first moment's decay β1 (default 0.9).
    ///   - beta2: the second moment's decay β2 (default 0.999).
    ///   - epsilon: ε, which keeps the division finite (default 1e-8).
    /// - Returns: the updated parameters, `v` and `s`, and the bias-corrected `v̂` and `ŝ`.
    func updateParametersWithAdam(
        parameters: Parameters, grads: Gradients, v: Gradients, s: Gradients, t: Int,
        learningRate: Double, beta1: Double, beta2: Double, epsilon: Double
    ) -> AdamUpdate
}

extension AdamExercise {
    /// `update_parameters_with_adam(parameters, grads, v, s, t)` with the notebook's defaults:
    /// α = 0.01, β1 = 0.9, β2 = 0.999, ε = 1e-8.
    public func updateParametersWithAdam(
        parameters: Parameters, grads: Gradients, v: Gradients, s: Gradients, t: Int
    ) -> AdamUpdate {
        updateParametersWithAdam(
            parameters: parameters, grads: grads, v: v, s: s, t: t,
            learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8)
    }
}
