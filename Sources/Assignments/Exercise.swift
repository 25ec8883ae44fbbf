/// One graded exercise of course 2, weeks 1–2: the one place an exercise's identity is spelled.
///
/// Everything else is derived from a case: its name on the command line and in fixture files
/// (`learning_rate_decay`), its Swift stem (`LearningRateDecay`: protocol `LearningRateDecayExercise`,
/// student type `StudentLearningRateDecay` in `exercises/learning_rate_decay/LearningRateDecay.swift`,
/// reference `ReferenceLearningRateDecay`, adapter `LearningRateDecayCases`), and its property in an
/// experiment's implementations (`learningRateDecay`). The switches below are exhaustive, so a new case
/// does not compile until it has a title, a notebook and its graded functions; `docs/adding-an-exercise.md`
/// lists the rest.
public enum Exercise: String, CaseIterable, Sendable {
    /// 1-D forward and backward propagation.
    case forwardPropagation = "forward_propagation"
    /// 1-D gradient checking.
    case gradientCheck = "gradient_check"
    /// N-dimensional gradient checking.
    case gradientCheckN = "gradient_check_n"
    /// Zeros, random and He initialization.
    case initializers
    /// L2 regularization.
    case regularization
    /// Dropout.
    case dropout
    /// Gradient descent and mini-batches.
    case gradientDescent = "gradient_descent"
    /// Momentum.
    case momentum
    /// Adam.
    case adam
    /// Learning-rate decay.
    case learningRateDecay = "learning_rate_decay"

    /// The exercise's name, as on the command line, in fixture files and as its folder in `exercises/`.
    public var name: String { rawValue }

    /// The Swift stem of its types: `gradient_check_n` → `GradientCheckN`.
    public var swiftStem: String {
        rawValue.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// Its property in an experiment worker's `ExperimentImplementations`: `learning_rate_decay` → `learningRateDecay`.
    public var swiftProperty: String {
        swiftStem.prefix(1).lowercased() + swiftStem.dropFirst()
    }

    /// A human title, e.g. `Learning-rate decay`.
    public var title: String {
        switch self {
        case .forwardPropagation: "1-D forward and backward propagation"
        case .gradientCheck: "1-D gradient checking"
        case .gradientCheckN: "N-dimensional gradient checking"
        case .initializers: "Parameter initialization"
        case .regularization: "L2 regularization"
        case .dropout: "Dropout"
        case .gradientDescent: "Gradient descent and mini-batches"
        case .momentum: "Momentum"
        case .adam: "Adam"
        case .learningRateDecay: "Learning-rate decay"
        }
    }

    /// The notebook the exercise comes from.
    public var notebook: String {
        switch self {
        case .forwardPropagation, .gradientCheck, .gradientCheckN: "Gradient Checking (W1A3)"
        case .initializers: "Initialization (W1A1)"
        case .regularization, .dropout: "Regularization (W1A2)"
        case .gradientDescent, .momentum, .adam, .learningRateDecay: "Optimization methods (W2A1)"
        }
    }

    /// The graded functions, by notebook name, in the order the notebook asks for them.
    public var functions: [String] {
        switch self {
        case .forwardPropagation: ["forward_propagation", "backward_propagation"]
        case .gradientCheck: ["gradient_check"]
        case .gradientCheckN: ["backward_propagation_n", "gradient_check_n"]
        case .initializers: ["initialize_parameters_zeros", "initialize_parameters_random", "initialize_parameters_he"]
        case .regularization: ["compute_cost_with_regularization", "backward_propagation_with_regularization"]
        case .dropout: ["forward_propagation_with_dropout", "backward_propagation_with_dropout"]
        case .gradientDescent: ["update_parameters_with_gd", "random_mini_batches"]
        case .momentum: ["initialize_velocity", "update_parameters_with_momentum"]
        case .adam: ["initialize_adam", "update_parameters_with_adam"]
        case .learningRateDecay: ["update_lr", "schedule_lr_decay"]
        }
    }

}
