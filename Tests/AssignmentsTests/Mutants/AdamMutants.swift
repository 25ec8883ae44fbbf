import ReferenceSolutions
import Assignments
import CaseRunner
import Foundation
import NumericCore

/// Answers like the reference unless a mutant overrides a function.
private protocol AdamMutant: AdamExercise, SendableMetatype {}

extension AdamMutant {
    func initializeAdam(parameters: Parameters) -> (v: Gradients, s: Gradients) {
        ReferenceAdam().initializeAdam(parameters: parameters)
    }

    func updateParametersWithAdam(
        parameters: Parameters, grads: Gradients, v: Gradients, s: Gradients, t: Int,
        learningRate: Double, beta1: Double, beta2: Double, epsilon: Double
    ) -> AdamUpdate {
        ReferenceAdam().updateParametersWithAdam(
            parameters: parameters, grads: grads, v: v, s: s, t: t,
            learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon)
    }
}

// MARK: initialize_adam

private struct SecondMomentKeyedLikeParameters: AdamMutant {
    func initializeAdam(parameters: Parameters) -> (v: Gradients, s: Gradients) {
        let (v, _) = ReferenceAdam().initializeAdam(parameters: parameters)
        return (v, parameters.mapValues { Matrix.zeros($0.rows, $0.columns) })
    }
}

private struct SecondMomentOfOnes: AdamMutant {
    func initializeAdam(parameters: Parameters) -> (v: Gradients, s: Gradients) {
        let (v, s) = ReferenceAdam().initializeAdam(parameters: parameters)
        return (v, s.mapValues { Matrix.ones($0.rows, $0.columns) })
    }
}

private struct MomentsMissLastLayer: AdamMutant {
    func initializeAdam(parameters: Parameters) -> (v: Gradients, s: Gradients) {
        let L = parameters.count / 2
        let (v, s) = ReferenceAdam().initializeAdam(parameters: parameters)
        let inLastLayer = { (key: String) in key == "dW\(L)" || key == "db\(L)" }
        return (v.filter { !inLastLayer($0.key) }, s.filter { !inLastLayer($0.key) })
    }
}

private struct SecondMomentEmpty: AdamMutant {
    func initializeAdam(parameters: Parameters) -> (v: Gradients, s: Gradients) {
        (ReferenceAdam().initializeAdam(parameters: parameters).v, [:])
    }
}

// MARK: update_parameters_with_adam

/// The pieces of one Adam step a student can get wrong, each defaulting to the right formula.
private struct AdamFormulas {
    var firstMoment: (_ v: Matrix, _ g: Matrix, _ beta1: Double) -> Matrix = { v, g, beta1 in beta1 * v + (1 - beta1) * g }
    var secondMoment: (_ s: Matrix, _ g: Matrix, _ beta1: Double, _ beta2: Double) -> Matrix = { s, g, _, beta2 in
        beta2 * s + (1 - beta2) * (g * g)
    }
    var correction: (_ beta: Double, _ t: Int) -> Double = { beta, t in 1 - pow(beta, Double(t)) }
    var step: (_ vCorrected: Matrix, _ sCorrected: Matrix, _ epsilon: Double) -> Matrix = { vHat, sHat, epsilon in
        vHat / (sqrt(sHat) + epsilon)
    }

    /// One Adam step with these formulas.
    func update(
        _ parameters: Parameters, _ grads: Gradients, _ v: Gradients, _ s: Gradients, t: Int,
        learningRate: Double, beta1: Double, beta2: Double, epsilon: Double
    ) -> AdamUpdate {
        var update = AdamUpdate(parameters: parameters, v: v, s: s, vCorrected: [:], sCorrected: [:])
        for l in 1..<(parameters.count / 2 + 1) {
            for (p, g) in [("W\(l)", "dW\(l)"), ("b\(l)", "db\(l)")] {
                update.v[g] = firstMoment(v[g]!, grads[g]!, beta1)
                update.vCorrected[g] = update.v[g]! / correction(beta1, t)
                update.s[g] = secondMoment(s[g]!, grads[g]!, beta1, beta2)
                update.sCorrected[g] = update.s[g]! / correction(beta2, t)
                update.parameters[p] = parameters[p]! - learningRate * step(update.vCorrected[g]!, update.sCorrected[g]!, epsilon)
            }
        }
        return update
    }
}

/// An Adam mutant made of the right formulas with one replaced.
private protocol AdamFormulaMutant: AdamMutant {
    /// The formulas, one of them wrong.
    var formulas: AdamFormulas { get }
}

extension AdamFormulaMutant {
    func updateParametersWithAdam(
        parameters: Parameters, grads: Gradients, v: Gradients, s: Gradients, t: Int,
        learningRate: Double, beta1: Double, beta2: Double, epsilon: Double
    ) -> AdamUpdate {
        formulas.update(parameters, grads, v, s, t: t, learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon)
    }
}

private struct CorrectionWithFixedPower: AdamFormulaMutant {
    var formulas: AdamFormulas { AdamFormulas(correction: { beta, _ in 1 - pow(beta, 2) }) }
}

private struct CorrectionPrecedence: AdamFormulaMutant {
    var formulas: AdamFormulas { AdamFormulas(correction: { beta, t in pow(1 - beta, Double(t)) }) }
}

private struct NoBiasCorrection: AdamFormulaMutant {
    var formulas: AdamFormulas { AdamFormulas(correction: { _, _ in 1 }) }
}

private struct SquareRootForgotten: AdamFormulaMutant {
    var formulas: AdamFormulas { AdamFormulas(step: { vHat, sHat, epsilon in vHat / (sHat + epsilon) }) }
}

private struct EpsilonInsideSquareRoot: AdamFormulaMutant {
    var formulas: AdamFormulas { AdamFormulas(step: { vHat, sHat, epsilon in vHat / sqrt(sHat + epsilon) }) }
}

private struct SecondMomentOfUnsquaredGradient: AdamFormulaMutant {
    var formulas: AdamFormulas { AdamFormulas(secondMoment: { s, g, _, beta2 in beta2 * s + (1 - beta2) * g }) }
}

private struct SecondMomentWithBeta1: AdamFormulaMutant {
    var formulas: AdamFormulas { AdamFormulas(secondMoment: { s, g, beta1, _ in beta1 * s + (1 - beta1) * (g * g) }) }
}

private struct IncomingFirstMomentDropped: AdamFormulaMutant {
    var formulas: AdamFormulas { AdamFormulas(firstMoment: { _, g, beta1 in (1 - beta1) * g }) }
}

private struct IncomingSecondMomentDropped: AdamFormulaMutant {
    var formulas: AdamFormulas { AdamFormulas(secondMoment: { _, g, _, beta2 in (1 - beta2) * (g * g) }) }
}

/// `s = β2·v + (1 − β2)·g²`: the first moment decayed where the second belongs.
private struct SecondMomentFromFirst: AdamMutant {
    func updateParametersWithAdam(
        parameters: Parameters, grads: Gradients, v: Gradients, s: Gradients, t: Int,
        learningRate: Double, beta1: Double, beta2: Double, epsilon: Double
    ) -> AdamUpdate {
        ReferenceAdam().updateParametersWithAdam(
            parameters: parameters, grads: grads, v: v, s: v, t: t,
            learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon)
    }
}

/// The `adam` exercise's mutants.
let adamMutants: [Mutant] = {
    func mutant(_ function: String, _ mistake: String, _ make: @escaping @Sendable () -> some AdamMutant) -> Mutant {
        Mutant(.adam, function, mistake) { ExerciseAdapter.adam(make()) }
    }
    return [
        mutant("initialize_adam", "s keyed W1, b1 instead of dW1, db1") { SecondMomentKeyedLikeParameters() },
        mutant("initialize_adam", "s of ones") { SecondMomentOfOnes() },
        mutant("initialize_adam", "last layer missing") { MomentsMissLastLayer() },
        mutant("initialize_adam", "s empty") { SecondMomentEmpty() },
        mutant("update_parameters_with_adam", "bias correction 1 − β² whatever t") { CorrectionWithFixedPower() },
        mutant("update_parameters_with_adam", "bias correction (1 − β)^t") { CorrectionPrecedence() },
        mutant("update_parameters_with_adam", "no bias correction") { NoBiasCorrection() },
        mutant("update_parameters_with_adam", "v̂ / (ŝ + ε), square root forgotten") { SquareRootForgotten() },
        mutant("update_parameters_with_adam", "v̂ / sqrt(ŝ + ε)") { EpsilonInsideSquareRoot() },
        mutant("update_parameters_with_adam", "s from g instead of g²") { SecondMomentOfUnsquaredGradient() },
        mutant("update_parameters_with_adam", "s decays with β1") { SecondMomentWithBeta1() },
        mutant("update_parameters_with_adam", "v = (1 − β1)·g, the incoming v dropped") { IncomingFirstMomentDropped() },
        mutant("update_parameters_with_adam", "s = (1 − β2)·g², the incoming s dropped") { IncomingSecondMomentDropped() },
        mutant("update_parameters_with_adam", "s = β2·v + (1 − β2)·g², v decayed in place of s") { SecondMomentFromFirst() },
    ]
}()
