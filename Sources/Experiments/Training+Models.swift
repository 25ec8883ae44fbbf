import Assignments
import NumericCore

/// The graded functions the Optimization notebook's model calls.
struct OptimizerFunctions {
    var gradientDescent: any GradientDescentExercise
    var momentum: (any MomentumExercise)?
    var adam: (any AdamExercise)?
    var decay: (any LearningRateDecayExercise)?
}

extension Experiment {
    /// The Initialization notebook's `model`: layers [n_x, 10, 5, 1], α = 0.01, full-batch gradient
    /// descent with the provided helpers; the cost `(1/m)·nansum` recorded every 1000 iterations.
    ///
    /// The notebooks compute the provided cost every iteration and keep every 1000th; nothing else reads
    /// it, so the models here compute it only where it is recorded (a student's own cost function, as in
    /// the L2 run, is still called every iteration).
    static func trainInitialization(
        _ X: Matrix, _ Y: Matrix, initialize: ([Int]) -> Parameters, iterations: Int, reporter: ProgressReporter
    ) -> (Parameters, [CostPoint]) {
        var costs: [CostPoint] = []
        var parameters = NetworkParameters(initialize([X.rows, 10, 5, 1]))
        let XT = X.T
        for i in 0..<iterations {
            let grads: NetworkGradients
            do {  // The cache, which shares the parameters' storage, is released before the update.
                let cache = ThreeLayerNetwork.forward(X, parameters)
                if i % 1000 == 0 { costs.append(CostPoint(step: i, cost: computeCost(A3: cache.A3, Y: Y))) }
                grads = ThreeLayerNetwork.backwardScaledFirst(XT: XT, Y, cache)
            }
            ThreeLayerNetwork.update(&parameters, grads, learningRate: 0.01)
            reporter.completed(i + 1)
        }
        return (parameters.dictionary, costs)
    }

    /// The Regularization notebook's `model`: layers [n_x, 20, 3, 1] initialized with seed 3 and
    /// W = randn / sqrt(n_{l−1}), α = 0.3; the student's regularized cost and backward pass when λ ≠ 0,
    /// the student's dropout passes when keep_prob < 1; the cost recorded every 1000 iterations.
    static func trainRegularization(
        _ X: Matrix, _ Y: Matrix, lambda: Double, keepProb: Double, regularization: (any RegularizationExercise)?,
        dropout: (any DropoutExercise)?, iterations: Int, reporter: ProgressReporter
    ) -> (Parameters, [CostPoint]) {
        var costs: [CostPoint] = []
        var parameters = NetworkParameters(initializeScaled([X.rows, 20, 3, 1]))
        var lent = LentParameters(parameters)
        let XT = X.T
        for i in 0..<iterations {
            let recorded = i % 1000 == 0
            let grads: NetworkGradients
            var cost: Double?
            if let dropout, keepProb < 1 {
                let (a3, cache) = lent.lend(parameters) { dropout.forwardPropagationWithDropout(X: X, parameters: $0, keepProb: keepProb) }
                if recorded { cost = computeCost(A3: a3, Y: Y) }
                grads = NetworkGradients(dropout.backwardPropagationWithDropout(X: X, Y: Y, cache: cache, keepProb: keepProb))
            } else {
                let cache = ThreeLayerNetwork.forward(X, parameters)
                if let regularization, lambda != 0 {
                    cost = lent.lend(parameters) {
                        regularization.computeCostWithRegularization(A3: cache.A3, Y: Y, parameters: $0, lambda: lambda)
                    }
                    grads = NetworkGradients(
                        regularization.backwardPropagationWithRegularization(X: X, Y: Y, cache: cache, lambda: lambda))
                } else {
                    if recorded { cost = computeCost(A3: cache.A3, Y: Y) }
                    grads = ThreeLayerNetwork.backwardScaledEach(XT: XT, Y, cache)
                }
            }
            ThreeLayerNetwork.update(&parameters, grads, learningRate: 0.3)
            if recorded, let cost { costs.append(CostPoint(step: i, cost: cost)) }
            reporter.completed(i + 1)
        }
        return (parameters.dictionary, costs)
    }

    /// `reg_utils.initialize_parameters`: seed 3, W_l = randn(n_l, n_{l−1}) / sqrt(n_{l−1}), b_l = 0.
    static func initializeScaled(_ dims: [Int]) -> Parameters {
        var random = RandomState(seed: 3)
        var parameters = Parameters()
        for l in 1..<dims.count {
            parameters["W\(l)"] = random.randn(dims[l], dims[l - 1]) / Double(dims[l - 1]).squareRoot()
            parameters["b\(l)"] = Matrix.zeros(dims[l], 1)
        }
        return parameters
    }

    /// `opt_utils.initialize_parameters`: seed 3, W_l = randn(n_l, n_{l−1}) · sqrt(2 / n_{l−1}), b_l = 0.
    static func initializeHeStyle(_ dims: [Int]) -> Parameters {
        var random = RandomState(seed: 3)
        var parameters = Parameters()
        for l in 1..<dims.count {
            parameters["W\(l)"] = random.randn(dims[l], dims[l - 1]) * (2 / Double(dims[l - 1])).squareRoot()
            parameters["b\(l)"] = Matrix.zeros(dims[l], 1)
        }
        return parameters
    }

    /// The Optimization notebook's `model`: layers [n_x, 5, 2, 1], mini-batches of 64 drawn by the
    /// student's `random_mini_batches` with seed 10 + epoch + 1, the student's optimizer step per
    /// mini-batch (Adam's t counting steps from 1), `schedule_lr_decay(α0, epoch, 1)` after each epoch
    /// when asked; the epoch's summed cost over m recorded every 100 epochs.
    static func trainOptimization(
        _ X: Matrix, _ Y: Matrix, optimizer: OptimizerKind, functions: OptimizerFunctions, learningRate learningRate0: Double,
        epochs: Int, reporter: ProgressReporter
    ) -> (Parameters, [CostPoint]) {
        var costs: [CostPoint] = []
        var learningRate = learningRate0
        var t = 0
        var seed = 10
        let m = Double(X.columns)
        var parameters = initializeHeStyle([X.rows, 5, 2, 1])
        var v = Gradients()
        var s = Gradients()
        if optimizer == .momentum, let momentum = functions.momentum {
            v = momentum.initializeVelocity(parameters: parameters)
        } else if optimizer == .adam, let adam = functions.adam {
            (v, s) = adam.initializeAdam(parameters: parameters)
        }
        for i in 0..<epochs {
            seed += 1
            let miniBatches = functions.gradientDescent.randomMiniBatches(X: X, Y: Y, miniBatchSize: 64, seed: seed)
            let recorded = i % 100 == 0
            var costTotal = 0.0
            for batch in miniBatches {
                let cache = ThreeLayerNetwork.forward(batch.X, parameters)
                if recorded { costTotal += ThreeLayerNetwork.totalCost(cache.A3, batch.Y) }
                let grads = ThreeLayerNetwork.backwardScaledFirst(XT: batch.X.T, batch.Y, cache).dictionary
                switch optimizer {
                case .gd:
                    parameters = functions.gradientDescent.updateParametersWithGD(
                        parameters: parameters, grads: grads, learningRate: learningRate)
                case .momentum:
                    (parameters, v) = functions.momentum!.updateParametersWithMomentum(
                        parameters: parameters, grads: grads, v: v, beta: 0.9, learningRate: learningRate)
                case .adam:
                    t += 1
                    let update = functions.adam!.updateParametersWithAdam(
                        parameters: parameters, grads: grads, v: v, s: s, t: t, learningRate: learningRate,
                        beta1: 0.9, beta2: 0.999, epsilon: 1e-8)
                    (parameters, v, s) = (update.parameters, update.v, update.s)
                }
            }
            let costAverage = costTotal / m
            if let decay = functions.decay {
                learningRate = decay.scheduleLRDecay(learningRate0: learningRate0, epochNum: i, decayRate: 1)
            }
            if recorded { costs.append(CostPoint(step: i, cost: costAverage)) }
            reporter.completed(i + 1)
        }
        return (parameters, costs)
    }
}
