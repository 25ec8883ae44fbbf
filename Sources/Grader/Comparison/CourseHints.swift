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
        Hint([.missingKeys], "every layer needs its entries: loop l over 1...L, both ends included, where L is the number of layers"),
        Hint([.missingOutput], "return every output the notebook's function returns"),
        Hint([.extraOutput], "return only the outputs the notebook's function returns"),
        Hint([.kindMismatch], "return the same kind of value as the notebook's function: a number, a matrix, a dict, a list or a tuple"),
        Hint([.shapeMismatch], "print the shapes of the matrices that go into this one: a missing transpose or a product in the wrong order changes the shape"),
        Hint([.lengthMismatch], "check the loop bounds that build this list"),
        Hint([.nonFinite], "a NaN or infinity usually comes from log(0), a division by zero or an exploding value: check the expression that produces it"),

        // Initialization.
        Hint(function: "initialize_parameters_zeros", [.valueMismatch], "every W and every b is all zeros"),
        Hint(function: "initialize_parameters_random", [.valueMismatch],
             "seed 3 once at the top, then W_l = randn(n_l, n_{l-1}) * 10 for l = 1, 2, … in order; b stays zero and draws nothing"),
        Hint(function: "initialize_parameters_he", [.valueMismatch],
             "seed 3 once at the top, then W_l = randn(n_l, n_{l-1}) * sqrt(2 / n_{l-1}) in layer order; b stays zero"),

        // Regularization and dropout.
        Hint(function: "compute_cost_with_regularization", [.valueMismatch],
             "add lambd / (2 * m) * (sum(W1²) + sum(W2²) + sum(W3²)) to the cross-entropy cost"),
        Hint(function: "backward_propagation_with_regularization", keyFamily: "dW", [.valueMismatch],
             "add (lambd / m) * W_l to each dW_l"),
        Hint(function: "backward_propagation_with_regularization", [.valueMismatch],
             "only the dW terms change with L2 regularization; db and dZ are those of plain backpropagation"),
        Hint(function: "forward_propagation_with_dropout", keyFamily: "D", [.valueMismatch],
             "seed 1 inside the function, then draw D1 = rand(shape of A1) before D2 = rand(shape of A2), and keep a unit where the draw is < keep_prob"),
        Hint(function: "forward_propagation_with_dropout", [.valueMismatch],
             "scale what is kept: A = A * D / keep_prob, right after drawing D for that layer"),
        Hint(function: "backward_propagation_with_dropout", [.valueMismatch],
             "apply the forward pass's masks again: dA2 = dA2 * D2 / keep_prob and dA1 = dA1 * D1 / keep_prob"),

        // Gradient checking.
        Hint(function: "forward_propagation", [.valueMismatch], "J = theta * x"),
        Hint(function: "backward_propagation", [.valueMismatch], "dtheta = x"),
        Hint(function: "gradient_check", [.valueMismatch],
             "gradapprox = (J_plus - J_minus) / (2 * epsilon); difference = ||grad - gradapprox|| / (||grad|| + ||gradapprox||)"),
        Hint(function: "gradient_check_n", [.valueMismatch],
             "nudge one coordinate at a time in a copy of the parameter vector, by +epsilon and -epsilon; then the same difference as gradient_check over all coordinates"),
        Hint(function: "backward_propagation_n", [.valueMismatch],
             "the provided backward pass has two deliberate bugs, in dW2 and db1: compare them with the formulas"),

        // Optimization.
        Hint(function: "update_parameters_with_gd", [.valueMismatch],
             "W_l = W_l - learning_rate * dW_l and b_l = b_l - learning_rate * db_l, for every layer"),
        Hint(function: "random_mini_batches", [.lengthMismatch],
             "take floor(m / mini_batch_size) full batches, then one smaller last batch only when mini_batch_size does not divide m"),
        Hint(function: "random_mini_batches", [.shapeMismatch],
             "batch k holds every row of the shuffled X and columns k * mini_batch_size ..< (k + 1) * mini_batch_size"),
        Hint(function: "random_mini_batches", [.valueMismatch, .digestMismatch],
             "seed with the given seed, draw one permutation(m), and apply that same permutation to the columns of both X and Y"),
        Hint(function: "initialize_velocity", [.valueMismatch], "v[\"dW\" + l] and v[\"db\" + l] are zeros shaped like W_l and b_l"),
        Hint(function: "update_parameters_with_momentum", output: "v", [.valueMismatch],
             "v = beta * v + (1 - beta) * grad, for dW and db of every layer"),
        Hint(function: "update_parameters_with_momentum", output: "parameters", [.valueMismatch],
             "update with the new velocity: W_l = W_l - learning_rate * v[\"dW\" + l]"),
        Hint(function: "initialize_adam", [.valueMismatch], "v and s are zeros shaped like each W_l and b_l"),
        Hint(function: "update_parameters_with_adam", output: "v", [.valueMismatch], "v = beta1 * v + (1 - beta1) * grad"),
        Hint(function: "update_parameters_with_adam", output: "s", [.valueMismatch],
             "s = beta2 * s + (1 - beta2) * grad ** 2, squaring the gradient element-wise"),
        Hint(function: "update_parameters_with_adam", output: "v_corrected", [.valueMismatch],
             "check the bias correction: v_corrected = v / (1 - beta1 ** t), with the case's t"),
        Hint(function: "update_parameters_with_adam", output: "s_corrected", [.valueMismatch],
             "check the bias correction: s_corrected = s / (1 - beta2 ** t), with the case's t"),
        Hint(function: "update_parameters_with_adam", output: "parameters", [.valueMismatch],
             "W = W - learning_rate * v_corrected / (sqrt(s_corrected) + epsilon): epsilon goes outside the square root"),
        Hint(function: "update_lr", [.valueMismatch], "learning_rate = learning_rate0 / (1 + decay_rate * epoch_num)"),
        Hint(function: "schedule_lr_decay", [.valueMismatch],
             "learning_rate = learning_rate0 / (1 + decay_rate * floor(epoch_num / time_interval))"),
    ])
}
