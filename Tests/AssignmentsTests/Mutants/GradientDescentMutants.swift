import ReferenceSolutions
import Assignments
import CaseRunner
import NumericCore

/// Answers like the reference unless a mutant overrides a function.
private protocol GradientDescentMutant: GradientDescentExercise, SendableMetatype {}

extension GradientDescentMutant {
    func updateParametersWithGD(parameters: Parameters, grads: Gradients, learningRate: Double) -> Parameters {
        ReferenceGradientDescent().updateParametersWithGD(parameters: parameters, grads: grads, learningRate: learningRate)
    }

    func randomMiniBatches(X: Matrix, Y: Matrix, miniBatchSize: Int, seed: Int) -> [MiniBatch] {
        ReferenceGradientDescent().randomMiniBatches(X: X, Y: Y, miniBatchSize: miniBatchSize, seed: seed)
    }
}

// MARK: update_parameters_with_gd

/// One step over layers `1…L` (or `layers`), each parameter updated as `update(p, g)`.
private func step(
    _ parameters: Parameters, _ grads: Gradients, layers: Range<Int>? = nil, biases: Bool = true,
    _ update: (Matrix, Matrix) -> Matrix
) -> Parameters {
    var parameters = parameters
    for l in layers ?? 1..<(parameters.count / 2 + 1) {
        parameters["W\(l)"] = update(parameters["W\(l)"]!, grads["dW\(l)"]!)
        if biases {
            parameters["b\(l)"] = update(parameters["b\(l)"]!, grads["db\(l)"]!)
        }
    }
    return parameters
}

private struct AscendsTheGradient: GradientDescentMutant {
    func updateParametersWithGD(parameters: Parameters, grads: Gradients, learningRate: Double) -> Parameters {
        step(parameters, grads) { p, g in p + learningRate * g }
    }
}

private struct ForgetsLearningRate: GradientDescentMutant {
    func updateParametersWithGD(parameters: Parameters, grads: Gradients, learningRate: Double) -> Parameters {
        step(parameters, grads) { p, g in p - g }
    }
}

private struct SkipsLastLayer: GradientDescentMutant {
    func updateParametersWithGD(parameters: Parameters, grads: Gradients, learningRate: Double) -> Parameters {
        step(parameters, grads, layers: 1..<(parameters.count / 2)) { p, g in p - learningRate * g }
    }
}

private struct LeavesBiases: GradientDescentMutant {
    func updateParametersWithGD(parameters: Parameters, grads: Gradients, learningRate: Double) -> Parameters {
        step(parameters, grads, biases: false) { p, g in p - learningRate * g }
    }
}

private struct TwoLayersOnly: GradientDescentMutant {
    func updateParametersWithGD(parameters: Parameters, grads: Gradients, learningRate: Double) -> Parameters {
        step(parameters, grads, layers: 1..<min(3, parameters.count / 2 + 1)) { p, g in p - learningRate * g }
    }
}

// MARK: random_mini_batches

/// Cuts shuffled columns into batches of `size`, the last one partial unless `dropPartial`.
private func batches(_ X: Matrix, _ Y: Matrix, size: Int, dropPartial: Bool = false) -> [MiniBatch] {
    let m = X.columns
    var miniBatches: [MiniBatch] = []
    for k in 0..<(m / size) {
        miniBatches.append((X: X.columns(k * size ..< (k + 1) * size), Y: Y.columns(k * size ..< (k + 1) * size)))
    }
    if m % size != 0 && !dropPartial {
        miniBatches.append((X: X.columns((m / size) * size ..< m), Y: Y.columns((m / size) * size ..< m)))
    }
    return miniBatches
}

private struct DropsPartialBatch: GradientDescentMutant {
    func randomMiniBatches(X: Matrix, Y: Matrix, miniBatchSize: Int, seed: Int) -> [MiniBatch] {
        var rng = RandomState(seed: UInt32(seed))
        let permutation = rng.permutation(X.columns)
        return batches(X.columns(permutation), Y.columns(permutation), size: miniBatchSize, dropPartial: true)
    }
}

private struct DoesNotShuffle: GradientDescentMutant {
    func randomMiniBatches(X: Matrix, Y: Matrix, miniBatchSize: Int, seed: Int) -> [MiniBatch] {
        batches(X, Y, size: miniBatchSize)
    }
}

private struct ShufflesOnlyX: GradientDescentMutant {
    func randomMiniBatches(X: Matrix, Y: Matrix, miniBatchSize: Int, seed: Int) -> [MiniBatch] {
        var rng = RandomState(seed: UInt32(seed))
        return batches(X.columns(rng.permutation(X.columns)), Y, size: miniBatchSize)
    }
}

private struct IgnoresSeed: GradientDescentMutant {
    func randomMiniBatches(X: Matrix, Y: Matrix, miniBatchSize: Int, seed: Int) -> [MiniBatch] {
        var rng = RandomState(seed: 0)
        let permutation = rng.permutation(X.columns)
        return batches(X.columns(permutation), Y.columns(permutation), size: miniBatchSize)
    }
}

private struct SeparatePermutationForY: GradientDescentMutant {
    func randomMiniBatches(X: Matrix, Y: Matrix, miniBatchSize: Int, seed: Int) -> [MiniBatch] {
        var rng = RandomState(seed: UInt32(seed))
        let shuffledX = X.columns(rng.permutation(X.columns))
        let shuffledY = Y.columns(rng.permutation(Y.columns))
        return batches(shuffledX, shuffledY, size: miniBatchSize)
    }
}

private struct LastBatchOverlaps: GradientDescentMutant {
    func randomMiniBatches(X: Matrix, Y: Matrix, miniBatchSize: Int, seed: Int) -> [MiniBatch] {
        var rng = RandomState(seed: UInt32(seed))
        let permutation = rng.permutation(X.columns)
        let shuffledX = X.columns(permutation), shuffledY = Y.columns(permutation)
        var miniBatches = batches(shuffledX, shuffledY, size: miniBatchSize, dropPartial: true)
        let m = X.columns
        if m % miniBatchSize != 0 {
            let last = max(0, m - miniBatchSize)..<m
            miniBatches.append((X: shuffledX.columns(last), Y: shuffledY.columns(last)))
        }
        return miniBatches
    }
}

/// The `gradient_descent` exercise's mutants.
let gradientDescentMutants: [Mutant] = {
    func mutant(_ function: String, _ mistake: String, _ make: @escaping @Sendable () -> some GradientDescentMutant) -> Mutant {
        Mutant(.gradientDescent, function, mistake) { ExerciseAdapter.gradientDescent(make()) }
    }
    return [
        mutant("update_parameters_with_gd", "W += α·dW (ascent)") { AscendsTheGradient() },
        mutant("update_parameters_with_gd", "W −= dW (learning rate forgotten)") { ForgetsLearningRate() },
        mutant("update_parameters_with_gd", "loop stops before the last layer") { SkipsLastLayer() },
        mutant("update_parameters_with_gd", "biases not updated") { LeavesBiases() },
        mutant("update_parameters_with_gd", "two layers hard-coded (l = 1, 2)") { TwoLayersOnly() },
        mutant("random_mini_batches", "last partial mini-batch dropped") { DropsPartialBatch() },
        mutant("random_mini_batches", "no shuffle") { DoesNotShuffle() },
        mutant("random_mini_batches", "X shuffled, Y not") { ShufflesOnlyX() },
        mutant("random_mini_batches", "seed argument ignored (always 0)") { IgnoresSeed() },
        mutant("random_mini_batches", "a second permutation drawn for Y") { SeparatePermutationForY() },
        mutant("random_mini_batches", "last mini-batch takes the last full-size slice") { LastBatchOverlaps() },
    ]
}()
