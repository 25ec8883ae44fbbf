extension HintTable {
    /// Hints for the course's graded functions, then generic ones per kind of mismatch.
    ///
    /// Data only: a hint is picked by `HintTable.hint(for:function:)`, most specific first.
    public static let course = HintTable([
        // Structure, any function.
        Hint(keyFamily: "W", [.shapeMismatch],
             "W[l] has shape (n_l, n_{l-1}): one row per unit of layer l, one column per unit of the layer before"),
        Hint(keyFamily: "b", [.shapeMismatch],
             "b[l] has shape (n_l, 1): one bias per unit of layer l, as a column vector"),
        Hint(keyFamily: "dW", [.shapeMismatch], "dW[l] has the shape of W[l], (n_l, n_{l-1})"),
        Hint(keyFamily: "db", [.shapeMismatch], "db[l] has the shape of b[l], (n_l, 1): keep the column when summing over examples"),
        Hint([.extraKeys], "return only the keys the notebook's function returns"),
        Hint(function: "initialize_parameters_zeros", [.missingKeys], Self.initializerLoop),
        Hint(function: "initialize_parameters_random", [.missingKeys], Self.initializerLoop),
        Hint(function: "initialize_parameters_he", [.missingKeys], Self.initializerLoop),
        Hint(function: "update_parameters_with_gd", [.missingKeys], Self.parametersLoop),
        Hint(function: "initialize_velocity", [.missingKeys], Self.parametersLoop),
        Hint(function: "update_parameters_with_momentum", [.missingKeys], Self.parametersLoop),
        Hint(function: "initialize_adam", [.missingKeys], Self.parametersLoop),
        Hint(function: "update_parameters_with_adam", [.missingKeys], Self.parametersLoop),
        Hint([.missingKeys], "return every key the notebook's function returns: compare your keys with the stub's return statement"),
        Hint([.missingOutput], "return every output the notebook's function returns"),
        Hint([.extraOutput], "return only the outputs the notebook's function returns"),
        Hint([.kindMismatch], "return the same kind of value as the notebook's function: a number, a matrix, a dict, a list or a tuple"),
        Hint([.shapeMismatch], "print the shapes of the matrices that go into this one: a missing transpose or a product in the wrong order changes the shape"),
        Hint([.lengthMismatch], "check the loop bounds that build this list"),
        Hint([.nonFinite], "a NaN or infinity usually comes from log(0), a division by zero or an exploding value: check the expression that produces it"),

        // Initialization.
        Hint(function: "initialize_parameters_zeros", [.valueMismatch], "every W and every b is all zeros"),
        Hint(function: "initialize_parameters_random", [.valueMismatch],
             "seed 3 once at the top, then `rng.randn(rows, columns)` times 10 for W1, W2, … in order; b stays zero and draws nothing"),
        Hint(function: "initialize_parameters_he", [.valueMismatch],
             "seed 3 once at the top, then `rng.randn(rows, columns)` times `sqrt(2 / Double(layersDims[l - 1]))` in layer order; b stays zero"),

        // Regularization and dropout.
        Hint(function: "compute_cost_with_regularization", [.valueMismatch],
             "add `lambda / (2 * m)` times the sum of the squares of W1, W2 and W3 to the cross-entropy cost"),
        Hint(function: "backward_propagation_with_regularization", keyFamily: "dW", [.valueMismatch],
             "add `lambda / m * W` of the same layer to each dW"),
        Hint(function: "backward_propagation_with_regularization", [.valueMismatch],
             "only the dW terms change with L2 regularization; db and dZ are those of plain backpropagation"),
        Hint(function: "forward_propagation_with_dropout", keyFamily: "D", [.valueMismatch],
             "seed 1 inside the function, then draw `D1` with `rng.rand` (the shape of `A1`) before `D2`, and keep a unit where the draw is < `keepProb`"),
        Hint(function: "forward_propagation_with_dropout", [.valueMismatch],
             "scale what is kept: `A1 * D1 / keepProb`, right after drawing `D1` (and the same for the second layer)"),
        Hint(function: "backward_propagation_with_dropout", [.valueMismatch],
             "apply the forward pass's masks again: `dA2 * cache.D2 / keepProb` and `dA1 * cache.D1 / keepProb`"),

        // Gradient checking.
        Hint(function: "forward_propagation", [.valueMismatch], "J = theta * x"),
        Hint(function: "backward_propagation", [.valueMismatch], "dtheta = x"),
        Hint(function: "gradient_check", [.valueMismatch],
             "`gradapprox = (jPlus - jMinus) / (2 * epsilon)`; difference = ‖grad − gradapprox‖ / (‖grad‖ + ‖gradapprox‖)"),
        Hint(function: "gradient_check_n", [.valueMismatch],
             "nudge one coordinate at a time in a copy of the parameter vector (`thetaPlus[i, 0]`, `thetaMinus[i, 0]`), by +epsilon and −epsilon; then the same difference as gradient_check over all coordinates"),
        Hint(function: "backward_propagation_n", [.valueMismatch],
             "the provided backward pass has two deliberate bugs, in dW2 and db1: compare them with the formulas"),

        // Optimization.
        Hint(function: "update_parameters_with_gd", [.valueMismatch],
             "W = W − learning rate × dW and b = b − learning rate × db, for every layer `for l in 1...L`"),
        Hint(function: "random_mini_batches", [.lengthMismatch],
             "take ⌊m / `miniBatchSize`⌋ full batches, then one smaller last batch only when `miniBatchSize` does not divide m"),
        Hint(function: "random_mini_batches", [.shapeMismatch],
             "batch k holds every row of the shuffled X and columns k × `miniBatchSize` ..< (k + 1) × `miniBatchSize`"),
        Hint(function: "random_mini_batches", [.valueMismatch, .digestMismatch],
             "seed with the given seed, draw one `rng.permutation(m)`, and apply that same permutation to the columns of both X and Y"),
        Hint(function: "initialize_velocity", [.valueMismatch], "`v[\"dW\\(l)\"]` and `v[\"db\\(l)\"]` are zeros shaped like W and b of layer l"),
        Hint(function: "update_parameters_with_momentum", output: "v", [.valueMismatch],
             "v = β v + (1 − β) grad, for dW and db of every layer"),
        Hint(function: "update_parameters_with_momentum", output: "parameters", [.valueMismatch],
             "update with the new velocity: W = W − learning rate × `v[\"dW\\(l)\"]`"),
        Hint(function: "initialize_adam", [.valueMismatch], "v and s are zeros shaped like W and b of each layer"),
        Hint(function: "update_parameters_with_adam", output: "v", [.valueMismatch], "v = β₁ v + (1 − β₁) grad"),
        Hint(function: "update_parameters_with_adam", output: "s", [.valueMismatch],
             "s = β₂ s + (1 − β₂) grad², squaring the gradient element-wise (`g * g`)"),
        Hint(function: "update_parameters_with_adam", output: "v_corrected", [.valueMismatch],
             "check the bias correction: `vCorrected` = v / (1 − `pow(beta1, Double(t))`), with the case's t"),
        Hint(function: "update_parameters_with_adam", output: "s_corrected", [.valueMismatch],
             "check the bias correction: `sCorrected` = s / (1 − `pow(beta2, Double(t))`), with the case's t"),
        Hint(function: "update_parameters_with_adam", output: "parameters", [.valueMismatch],
             "W = W − α `vCorrected` / (`sqrt(sCorrected)` + ε): ε goes outside the square root"),
        Hint(function: "update_lr", [.valueMismatch], "`learningRate0 / (1 + decayRate * Double(epochNum))`"),
        Hint(function: "schedule_lr_decay", [.valueMismatch],
             "`learningRate0 / (1 + decayRate * floor(Double(epochNum) / Double(timeInterval)))`"),
    ])

    /// The loop over the layers of a parameters dictionary, as the optimizers' stubs write it.
    static let parametersLoop =
        "every layer needs its entries: with `let L = parameters.count / 2`, loop `for l in 1...L`, both ends included"

    /// The initializers' loop, as their stubs write it: `layersDims` counts the input layer too.
    static let initializerLoop =
        "every layer needs its W and b: with `let L = layersDims.count` (the input layer included), loop `for l in 1..<L`"
}
