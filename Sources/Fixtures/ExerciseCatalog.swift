/// What the grader knows of one exercise besides its cases: names, title, and where its code lives.
public struct ExerciseInfo: Sendable, Equatable {
    /// The exercise's name, as on the command line and in fixture files, e.g. `learning_rate_decay`.
    public var name: String
    /// A human title, e.g. `Learning-rate decay`.
    public var title: String
    /// The notebook the exercise comes from.
    public var notebook: String
    /// The Swift stem of its types: protocol `<stem>Exercise`, reference `Reference<stem>`, student type
    /// `Student<stem>` in `exercises/<name>/<stem>.swift`, adapter `<stem>Cases`.
    public var swiftStem: String
    /// The graded functions, by notebook name, in the order the notebook asks for them.
    public var functions: [String]

    /// Creates an exercise description.
    public init(name: String, title: String, notebook: String, swiftStem: String, functions: [String]) {
        self.name = name
        self.title = title
        self.notebook = notebook
        self.swiftStem = swiftStem
        self.functions = functions
    }
}

/// The ten exercises of course 2, weeks 1–2, in the order a student meets them.
public enum ExerciseCatalog {
    /// Every exercise, in course order.
    public static let all: [ExerciseInfo] = [
        ExerciseInfo(
            name: "forward_propagation", title: "1-D forward and backward propagation",
            notebook: "Gradient Checking (W1A3)", swiftStem: "ForwardPropagation",
            functions: ["forward_propagation", "backward_propagation"]),
        ExerciseInfo(
            name: "gradient_check", title: "1-D gradient checking",
            notebook: "Gradient Checking (W1A3)", swiftStem: "GradientCheck",
            functions: ["gradient_check"]),
        ExerciseInfo(
            name: "gradient_check_n", title: "N-dimensional gradient checking",
            notebook: "Gradient Checking (W1A3)", swiftStem: "GradientCheckN",
            functions: ["backward_propagation_n", "gradient_check_n"]),
        ExerciseInfo(
            name: "initializers", title: "Parameter initialization",
            notebook: "Initialization (W1A1)", swiftStem: "Initializers",
            functions: ["initialize_parameters_zeros", "initialize_parameters_random", "initialize_parameters_he"]),
        ExerciseInfo(
            name: "regularization", title: "L2 regularization",
            notebook: "Regularization (W1A2)", swiftStem: "Regularization",
            functions: ["compute_cost_with_regularization", "backward_propagation_with_regularization"]),
        ExerciseInfo(
            name: "dropout", title: "Dropout",
            notebook: "Regularization (W1A2)", swiftStem: "Dropout",
            functions: ["forward_propagation_with_dropout", "backward_propagation_with_dropout"]),
        ExerciseInfo(
            name: "gradient_descent", title: "Gradient descent and mini-batches",
            notebook: "Optimization methods (W2A1)", swiftStem: "GradientDescent",
            functions: ["update_parameters_with_gd", "random_mini_batches"]),
        ExerciseInfo(
            name: "momentum", title: "Momentum",
            notebook: "Optimization methods (W2A1)", swiftStem: "Momentum",
            functions: ["initialize_velocity", "update_parameters_with_momentum"]),
        ExerciseInfo(
            name: "adam", title: "Adam",
            notebook: "Optimization methods (W2A1)", swiftStem: "Adam",
            functions: ["initialize_adam", "update_parameters_with_adam"]),
        ExerciseInfo(
            name: "learning_rate_decay", title: "Learning-rate decay",
            notebook: "Optimization methods (W2A1)", swiftStem: "LearningRateDecay",
            functions: ["update_lr", "schedule_lr_decay"]),
    ]

    /// The exercise with this name, if there is one.
    public static func exercise(named name: String) -> ExerciseInfo? {
        all.first { $0.name == name }
    }
}
