import ReferenceSolutions
import Assignments
import CaseRunner

/// Answers like the reference unless a mutant overrides a function.
private protocol ForwardPropagationMutant: ForwardPropagationExercise, SendableMetatype {}

extension ForwardPropagationMutant {
    func forwardPropagation(x: Double, theta: Double) -> Double {
        ReferenceForwardPropagation().forwardPropagation(x: x, theta: theta)
    }

    func backwardPropagation(x: Double, theta: Double) -> Double {
        ReferenceForwardPropagation().backwardPropagation(x: x, theta: theta)
    }
}

private struct AddsInsteadOfMultiplying: ForwardPropagationMutant {
    func forwardPropagation(x: Double, theta: Double) -> Double { theta + x }
}

private struct ForwardReturnsTheta: ForwardPropagationMutant {
    func forwardPropagation(x: Double, theta: Double) -> Double { theta }
}

private struct ForwardSquaresX: ForwardPropagationMutant {
    func forwardPropagation(x: Double, theta: Double) -> Double { theta * x * x }
}

private struct BackwardReturnsTheta: ForwardPropagationMutant {
    func backwardPropagation(x: Double, theta: Double) -> Double { theta }
}

private struct BackwardReturnsJ: ForwardPropagationMutant {
    func backwardPropagation(x: Double, theta: Double) -> Double { theta * x }
}

private struct BackwardReturnsOne: ForwardPropagationMutant {
    func backwardPropagation(x: Double, theta: Double) -> Double { 1 }
}

/// The `forward_propagation` exercise's mutants.
let forwardPropagationMutants: [Mutant] = {
    func mutant(_ function: String, _ mistake: String, _ make: @escaping @Sendable () -> some ForwardPropagationMutant) -> Mutant {
        Mutant(.forwardPropagation, function, mistake) { ExerciseAdapter.forwardPropagation(make()) }
    }
    return [
        mutant("forward_propagation", "J = θ + x") { AddsInsteadOfMultiplying() },
        mutant("forward_propagation", "J = θ") { ForwardReturnsTheta() },
        mutant("forward_propagation", "J = θ·x²") { ForwardSquaresX() },
        mutant("backward_propagation", "dθ = θ") { BackwardReturnsTheta() },
        mutant("backward_propagation", "dθ = θ·x (returns J)") { BackwardReturnsJ() },
        mutant("backward_propagation", "dθ = 1") { BackwardReturnsOne() },
    ]
}()
