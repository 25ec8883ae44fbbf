import Assignments
import NumericCore

extension Experiment {
    /// Trains the experiment's model as its notebook does, calling the given graded functions
    /// wherever the notebook's model calls the student's.
    ///
    /// - Parameters:
    ///   - implementations: the graded functions to train with.
    ///   - dataset: the notebook's dataset.
    ///   - progress: called with the fraction done (0…1), about a hundred times per training.
    /// - Returns: the trained parameters, the recorded costs and the accuracies.
    /// - Throws: `MissingImplementation` when a needed exercise is absent.
    public func train(
        with implementations: ExperimentImplementations, on dataset: Dataset, progress: @escaping (Double) -> Void = { _ in }
    ) throws -> TrainingOutcome {
        let reporter = ProgressReporter(total: steps, report: progress)
        let (parameters, costs): (Parameters, [CostPoint])
        switch recipe {
        case .initialization(let kind):
            let initializers = try need(implementations.initializers, .initializers)
            (parameters, costs) = Self.trainInitialization(
                dataset.trainX, dataset.trainY, initialize: { dims in
                    switch kind {
                    case .zeros: initializers.initializeParametersZeros(layersDims: dims)
                    case .random: initializers.initializeParametersRandom(layersDims: dims)
                    case .he: initializers.initializeParametersHe(layersDims: dims)
                    }
                }, iterations: steps, reporter: reporter)
        case .regularization(let lambda, let keepProb):
            let regularization = lambda != 0 ? try need(implementations.regularization, .regularization) : nil
            let dropout = keepProb < 1 ? try need(implementations.dropout, .dropout) : nil
            (parameters, costs) = Self.trainRegularization(
                dataset.trainX, dataset.trainY, lambda: lambda, keepProb: keepProb, regularization: regularization,
                dropout: dropout, iterations: steps, reporter: reporter)
        case .optimization(let optimizer, let learningRate, let decay):
            let optimizers = OptimizerFunctions(
                gradientDescent: try need(implementations.gradientDescent, .gradientDescent),
                momentum: optimizer == .momentum ? try need(implementations.momentum, .momentum) : nil,
                adam: optimizer == .adam ? try need(implementations.adam, .adam) : nil,
                decay: decay ? try need(implementations.learningRateDecay, .learningRateDecay) : nil)
            (parameters, costs) = Self.trainOptimization(
                dataset.trainX, dataset.trainY, optimizer: optimizer, functions: optimizers,
                learningRate: learningRate, epochs: steps, reporter: reporter)
        }
        let test = dataset.test.map { ThreeLayerNetwork.accuracy($0.X, $0.Y, parameters) }
        return TrainingOutcome(
            parameters: parameters, costs: costs,
            trainAccuracy: ThreeLayerNetwork.accuracy(dataset.trainX, dataset.trainY, parameters), testAccuracy: test)
    }

    private func need<T>(_ implementation: T?, _ exercise: Exercise) throws -> T {
        guard let implementation else { throw MissingImplementation(exercise: exercise) }
        return implementation
    }
}

/// Calls the progress callback each time another hundredth of the steps is done.
struct ProgressReporter {
    let total: Int
    let report: (Double) -> Void

    /// Notes that `step` steps (from 1) are done.
    func completed(_ step: Int) {
        if step == total || step % max(1, total / 100) == 0 { report(Double(step) / Double(total)) }
    }
}
