import Assignments

/// The notebook an experiment comes from.
public enum ExperimentNotebook: String, Sendable, CaseIterable, Codable {
    /// "Initialization" (W1A1): circles, zeros / random / He.
    case initialization
    /// "Regularization" (W1A2): football, none / L2 / dropout.
    case regularization
    /// "Optimization methods" (W2A1): moons, gradient descent / momentum / Adam, learning-rate decay.
    case optimization

    /// The notebook's title.
    public var title: String {
        switch self {
        case .initialization: "Initialization (W1A1)"
        case .regularization: "Regularization (W1A2)"
        case .optimization: "Optimization methods (W2A1)"
        }
    }

    /// The dataset the notebook trains on.
    public var dataset: String {
        switch self {
        case .initialization: "circles"
        case .regularization: "football"
        case .optimization: "moons"
        }
    }
}

/// How a notebook trains one model: which model, with which of the student's functions.
public enum TrainingRecipe: Sendable, Equatable {
    /// The Initialization notebook's model with one of the three initializers.
    case initialization(InitializationKind)
    /// The Regularization notebook's model: no regularization, L2 with λ, or dropout with keep_prob.
    case regularization(lambda: Double, keepProb: Double)
    /// The Optimization notebook's model with an optimizer, α, and `schedule_lr_decay` or not.
    case optimization(OptimizerKind, learningRate: Double, decay: Bool)
}

/// The Initialization notebook's `initialization` argument.
public enum InitializationKind: String, Sendable {
    case zeros, random, he
}

/// The Optimization notebook's `optimizer` argument.
public enum OptimizerKind: String, Sendable {
    case gd, momentum, adam
}

/// One training of one notebook: what `grader experiments` runs and the report shows.
public struct Experiment: Sendable, Equatable {
    /// The experiment's name on the command line and in reports, e.g. `opt-adam`.
    public var name: String
    /// A short human title, e.g. `Adam`.
    public var title: String
    /// The notebook it comes from.
    public var notebook: ExperimentNotebook
    /// How it trains.
    public var recipe: TrainingRecipe
    /// The exercises whose graded functions the notebook's model calls.
    public var exercises: [Exercise]
    /// The number of iterations (or epochs) it trains for.
    public var steps: Int

    /// Every experiment, in the notebooks' order.
    public static let all: [Experiment] = [
        Experiment(name: "init-zeros", title: "Zeros initialization", notebook: .initialization,
                   recipe: .initialization(.zeros), exercises: [.initializers], steps: 15000),
        Experiment(name: "init-random", title: "Random initialization (×10)", notebook: .initialization,
                   recipe: .initialization(.random), exercises: [.initializers], steps: 15000),
        Experiment(name: "init-he", title: "He initialization", notebook: .initialization,
                   recipe: .initialization(.he), exercises: [.initializers], steps: 15000),
        Experiment(name: "reg-none", title: "No regularization", notebook: .regularization,
                   recipe: .regularization(lambda: 0, keepProb: 1), exercises: [], steps: 30000),
        Experiment(name: "reg-l2", title: "L2 regularization (λ = 0.7)", notebook: .regularization,
                   recipe: .regularization(lambda: 0.7, keepProb: 1), exercises: [.regularization], steps: 30000),
        Experiment(name: "reg-dropout", title: "Dropout (keep_prob = 0.86)", notebook: .regularization,
                   recipe: .regularization(lambda: 0, keepProb: 0.86), exercises: [.dropout], steps: 30000),
        Experiment(name: "opt-gd", title: "Mini-batch gradient descent", notebook: .optimization,
                   recipe: .optimization(.gd, learningRate: 0.0007, decay: false),
                   exercises: [.gradientDescent], steps: 5000),
        Experiment(name: "opt-momentum", title: "Mini-batch gradient descent with momentum", notebook: .optimization,
                   recipe: .optimization(.momentum, learningRate: 0.0007, decay: false),
                   exercises: [.gradientDescent, .momentum], steps: 5000),
        Experiment(name: "opt-adam", title: "Mini-batch Adam", notebook: .optimization,
                   recipe: .optimization(.adam, learningRate: 0.0007, decay: false),
                   exercises: [.gradientDescent, .adam], steps: 5000),
        Experiment(name: "opt-gd-decay", title: "Gradient descent with learning-rate decay", notebook: .optimization,
                   recipe: .optimization(.gd, learningRate: 0.1, decay: true),
                   exercises: [.gradientDescent, .learningRateDecay], steps: 5000),
        Experiment(name: "opt-momentum-decay", title: "Momentum with learning-rate decay", notebook: .optimization,
                   recipe: .optimization(.momentum, learningRate: 0.1, decay: true),
                   exercises: [.gradientDescent, .momentum, .learningRateDecay], steps: 5000),
    ]

    /// The experiment with this name, if there is one.
    public static func named(_ name: String) -> Experiment? {
        all.first { $0.name == name }
    }

    /// The experiments a list of command-line names selects: experiment names or notebook names
    /// (`initialization`, `regularization`, `optimization`); every experiment when the list is empty.
    ///
    /// - Returns: the selection in the notebooks' order, or the first name that matches nothing.
    public static func select(_ names: [String]) -> Result<[Experiment], UnknownExperiment> {
        guard !names.isEmpty else { return .success(all) }
        var chosen: Set<String> = []
        for name in names {
            if let notebook = ExperimentNotebook(rawValue: name) {
                chosen.formUnion(all.filter { $0.notebook == notebook }.map(\.name))
            } else if let experiment = named(name) {
                chosen.insert(experiment.name)
            } else {
                return .failure(UnknownExperiment(name: name))
            }
        }
        return .success(all.filter { chosen.contains($0.name) })
    }

    /// The experiments whose model calls a function of one of these exercises, for
    /// `grader run --exercise NAME --experiments`; every experiment when the list is empty.
    public static func calling(_ exercises: [Exercise]) -> [Experiment] {
        guard !exercises.isEmpty else { return all }
        return all.filter { !Set($0.exercises).isDisjoint(with: exercises) }
    }
}

/// A name on the command line that is neither an experiment nor a notebook.
public struct UnknownExperiment: Error, Sendable, CustomStringConvertible {
    /// The name as given.
    public var name: String

    /// E.g. `no experiment or notebook named "adma"`.
    public var description: String { "no experiment or notebook named \"\(name)\"" }
}
