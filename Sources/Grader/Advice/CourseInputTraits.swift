import Fixtures

extension InputTrait {
    /// The traits of the course's inputs: values where a wrong formula can still give the right answer
    /// when the trait is missing. Data only; `InputContrast` compares cases with them.
    static let course: [InputTrait] = [
        // Any function.
        InputTrait(reads: ["v"], "a non-zero incoming v") { !$0["v"]!.isAllZero },
        InputTrait(reads: ["s"], "a non-zero incoming s") { !$0["s"]!.isAllZero },
        InputTrait(reads: ["Y"], "labels of both classes") { $0["Y"]!.hasBothClasses },
        InputTrait(reads: [], "non-square matrices (a missing transpose no longer fits)") { inputs in
            inputs.values.flatMap(\.matrices).contains { $0.rows != $0.columns && $0.rows > 1 && $0.columns > 1 }
        },

        // Gradient checking.
        InputTrait(function: "forward_propagation", reads: ["x"], "a negative x") { $0["x"]!.number.map { $0 < 0 } ?? false },
        InputTrait(function: "backward_propagation", reads: ["x"], "a negative x") { $0["x"]!.number.map { $0 < 0 } ?? false },
        InputTrait(function: "gradient_check", reads: ["epsilon"], "an epsilon other than the default 1e-7") {
            $0["epsilon"]!.number != 1e-7
        },
        InputTrait(function: "gradient_check_n", reads: ["epsilon"], "an epsilon other than the default 1e-7") {
            $0["epsilon"]!.number != 1e-7
        },

        // Regularization and dropout.
        InputTrait(function: "compute_cost_with_regularization", reads: ["A3"],
                   "predictions of exactly 0 or 1 (their 0·log(0) terms are NaN, to be ignored)") { $0["A3"]!.hasZeroOrOne },
        InputTrait(function: "compute_cost_with_regularization", reads: ["lambd"], "a lambd of 0") { $0["lambd"]!.number == 0 },
        InputTrait(function: "backward_propagation_with_regularization", reads: ["lambd"], "a lambd of 0") { $0["lambd"]!.number == 0 },
        InputTrait(function: "forward_propagation_with_dropout", reads: ["keep_prob"],
                   "a keep_prob other than 0.5 (keep_prob and 1 - keep_prob differ)") { $0["keep_prob"]!.number != 0.5 },
        InputTrait(function: "forward_propagation_with_dropout", reads: ["keep_prob"], "a keep_prob of 1 (nothing dropped)") {
            $0["keep_prob"]!.number == 1
        },
        InputTrait(function: "backward_propagation_with_dropout", reads: ["keep_prob"],
                   "a keep_prob other than 0.5 (keep_prob and 1 - keep_prob differ)") { $0["keep_prob"]!.number != 0.5 },
        InputTrait(function: "backward_propagation_with_dropout", reads: ["keep_prob"], "a keep_prob of 1 (nothing dropped)") {
            $0["keep_prob"]!.number == 1
        },

        // Optimization.
        InputTrait(function: "random_mini_batches", reads: ["X", "mini_batch_size"],
                   "an m that is not a multiple of mini_batch_size (a smaller last mini-batch)") { inputs in
            guard let m = inputs["X"]!.matrices.first?.columns, let size = inputs["mini_batch_size"]!.number, size > 0 else { return false }
            return m % Int(size) != 0
        },
        InputTrait(function: "random_mini_batches", reads: ["X", "mini_batch_size"], "a mini_batch_size larger than m") { inputs in
            guard let m = inputs["X"]!.matrices.first?.columns, let size = inputs["mini_batch_size"]!.number else { return false }
            return Int(size) > m
        },
        InputTrait(function: "random_mini_batches", reads: ["seed"], "a seed other than the default 0") { $0["seed"]!.number != 0 },
        InputTrait(function: "update_parameters_with_momentum", reads: ["beta"], "a beta of 0 (v becomes the gradient)") {
            $0["beta"]!.number == 0
        },
        InputTrait(function: "update_parameters_with_adam", reads: ["t"], "a time step t other than 1 and 2") {
            $0["t"]!.number.map { $0 != 1 && $0 != 2 } ?? false
        },
        InputTrait(function: "update_lr", reads: ["decay_rate"], "a decay_rate other than 1") { $0["decay_rate"]!.number != 1 },
        InputTrait(function: "update_lr", reads: ["epoch_num"], "an epoch_num of 0") { $0["epoch_num"]!.number == 0 },
        InputTrait(function: "schedule_lr_decay", reads: ["decay_rate"], "a decay_rate other than 1") { $0["decay_rate"]!.number != 1 },
        InputTrait(function: "schedule_lr_decay", reads: ["epoch_num", "time_interval"],
                   "an epoch that is not a multiple of the interval") { inputs in
            guard let epoch = inputs["epoch_num"]!.number, let interval = inputs["time_interval"]!.number, interval != 0 else {
                return false
            }
            return epoch.truncatingRemainder(dividingBy: interval) != 0
        },
    ]
}
