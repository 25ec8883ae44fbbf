import ReferenceSolutions
import Assignments
import CaseRunner
import NumericCore

/// Answers like the reference unless a mutant overrides a function.
private protocol MomentumMutant: MomentumExercise, SendableMetatype {}

extension MomentumMutant {
    func initializeVelocity(parameters: Parameters) -> Gradients {
        ReferenceMomentum().initializeVelocity(parameters: parameters)
    }

    func updateParametersWithMomentum(
        parameters: Parameters, grads: Gradients, v: Gradients, beta: Double, learningRate: Double
    ) -> (parameters: Parameters, v: Gradients) {
        ReferenceMomentum().updateParametersWithMomentum(
            parameters: parameters, grads: grads, v: v, beta: beta, learningRate: learningRate)
    }
}

// MARK: initialize_velocity

private struct VelocityKeyedLikeParameters: MomentumMutant {
    func initializeVelocity(parameters: Parameters) -> Gradients {
        parameters.mapValues { Matrix.zeros($0.rows, $0.columns) }
    }
}

private struct VelocityOfOnes: MomentumMutant {
    func initializeVelocity(parameters: Parameters) -> Gradients {
        ReferenceMomentum().initializeVelocity(parameters: parameters).mapValues { Matrix.ones($0.rows, $0.columns) }
    }
}

private struct VelocityMissesLastLayer: MomentumMutant {
    func initializeVelocity(parameters: Parameters) -> Gradients {
        let L = parameters.count / 2
        return ReferenceMomentum().initializeVelocity(parameters: parameters).filter { $0.key != "dW\(L)" && $0.key != "db\(L)" }
    }
}

private struct VelocityEmpty: MomentumMutant {
    func initializeVelocity(parameters: Parameters) -> Gradients { [:] }
}

private struct VelocityForTwoLayersOnly: MomentumMutant {
    func initializeVelocity(parameters: Parameters) -> Gradients {
        ReferenceMomentum().initializeVelocity(parameters: parameters).filter { ["dW1", "db1", "dW2", "db2"].contains($0.key) }
    }
}

// MARK: update_parameters_with_momentum

/// The momentum step with the velocity update `velocity(v, g)` and the parameter step `move(p, v, g)`.
private func momentumStep(
    _ parameters: Parameters, _ grads: Gradients, _ v: Gradients,
    velocity: (Matrix, Matrix) -> Matrix, move: (Matrix, Matrix, Matrix) -> Matrix
) -> (parameters: Parameters, v: Gradients) {
    var parameters = parameters, v = v
    for l in 1..<(parameters.count / 2 + 1) {
        for (p, g) in [("W\(l)", "dW\(l)"), ("b\(l)", "db\(l)")] {
            v[g] = velocity(v[g]!, grads[g]!)
            parameters[p] = move(parameters[p]!, v[g]!, grads[g]!)
        }
    }
    return (parameters, v)
}

private struct VelocityWithoutOneMinusBeta: MomentumMutant {
    func updateParametersWithMomentum(
        parameters: Parameters, grads: Gradients, v: Gradients, beta: Double, learningRate: Double
    ) -> (parameters: Parameters, v: Gradients) {
        momentumStep(parameters, grads, v, velocity: { v, g in beta * v + g }, move: { p, v, _ in p - learningRate * v })
    }
}

private struct BetaWeightsSwapped: MomentumMutant {
    func updateParametersWithMomentum(
        parameters: Parameters, grads: Gradients, v: Gradients, beta: Double, learningRate: Double
    ) -> (parameters: Parameters, v: Gradients) {
        momentumStep(
            parameters, grads, v, velocity: { v, g in (1 - beta) * v + beta * g }, move: { p, v, _ in p - learningRate * v })
    }
}

private struct StepsAlongRawGradient: MomentumMutant {
    func updateParametersWithMomentum(
        parameters: Parameters, grads: Gradients, v: Gradients, beta: Double, learningRate: Double
    ) -> (parameters: Parameters, v: Gradients) {
        momentumStep(
            parameters, grads, v, velocity: { v, g in beta * v + (1 - beta) * g }, move: { p, _, g in p - learningRate * g })
    }
}

private struct IncomingVelocityDropped: MomentumMutant {
    func updateParametersWithMomentum(
        parameters: Parameters, grads: Gradients, v: Gradients, beta: Double, learningRate: Double
    ) -> (parameters: Parameters, v: Gradients) {
        momentumStep(parameters, grads, v, velocity: { _, g in (1 - beta) * g }, move: { p, v, _ in p - learningRate * v })
    }
}

private struct ReturnsOldVelocity: MomentumMutant {
    func updateParametersWithMomentum(
        parameters: Parameters, grads: Gradients, v: Gradients, beta: Double, learningRate: Double
    ) -> (parameters: Parameters, v: Gradients) {
        let updated = ReferenceMomentum().updateParametersWithMomentum(
            parameters: parameters, grads: grads, v: v, beta: beta, learningRate: learningRate)
        return (updated.parameters, v)
    }
}

private struct MomentumLeavesBiases: MomentumMutant {
    func updateParametersWithMomentum(
        parameters: Parameters, grads: Gradients, v: Gradients, beta: Double, learningRate: Double
    ) -> (parameters: Parameters, v: Gradients) {
        var updated = ReferenceMomentum().updateParametersWithMomentum(
            parameters: parameters, grads: grads, v: v, beta: beta, learningRate: learningRate)
        for (key, value) in parameters where key.hasPrefix("b") {
            updated.parameters[key] = value
        }
        return updated
    }
}

/// The `momentum` exercise's mutants.
let momentumMutants: [Mutant] = {
    func mutant(_ function: String, _ mistake: String, _ make: @escaping @Sendable () -> some MomentumMutant) -> Mutant {
        Mutant(.momentum, function, mistake) { ExerciseAdapter.momentum(make()) }
    }
    return [
        mutant("initialize_velocity", "keys W1, b1 instead of dW1, db1") { VelocityKeyedLikeParameters() },
        mutant("initialize_velocity", "ones instead of zeros") { VelocityOfOnes() },
        mutant("initialize_velocity", "last layer missing") { VelocityMissesLastLayer() },
        mutant("initialize_velocity", "returns an empty dictionary") { VelocityEmpty() },
        mutant("initialize_velocity", "two layers hard-coded (l = 1, 2)") { VelocityForTwoLayersOnly() },
        mutant("update_parameters_with_momentum", "v = β·v + dW (1 − β forgotten)") { VelocityWithoutOneMinusBeta() },
        mutant("update_parameters_with_momentum", "v = (1 − β)·v + β·dW") { BetaWeightsSwapped() },
        mutant("update_parameters_with_momentum", "W −= α·dW, velocity unused") { StepsAlongRawGradient() },
        mutant("update_parameters_with_momentum", "returns the old velocity") { ReturnsOldVelocity() },
        mutant("update_parameters_with_momentum", "v = (1 − β)·dW, the incoming v dropped") { IncomingVelocityDropped() },
        mutant("update_parameters_with_momentum", "biases not updated") { MomentumLeavesBiases() },
    ]
}()
