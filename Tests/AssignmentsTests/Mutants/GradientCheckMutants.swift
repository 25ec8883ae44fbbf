import ReferenceSolutions
import Assignments
import CaseRunner

private struct OneSidedDifference: GradientCheckExercise {
    func gradientCheck(x: Double, theta: Double, epsilon: Double) -> Double {
        let gradapprox = (forwardPropagation(x: x, theta: theta + epsilon) - forwardPropagation(x: x, theta: theta)) / epsilon
        let grad = backwardPropagation(x: x, theta: theta)
        return abs(grad - gradapprox) / (abs(grad) + abs(gradapprox))
    }
}

private struct DividesByEpsilon: GradientCheckExercise {
    func gradientCheck(x: Double, theta: Double, epsilon: Double) -> Double {
        let jPlus = forwardPropagation(x: x, theta: theta + epsilon)
        let jMinus = forwardPropagation(x: x, theta: theta - epsilon)
        let gradapprox = (jPlus - jMinus) / epsilon
        let grad = backwardPropagation(x: x, theta: theta)
        return abs(grad - gradapprox) / (abs(grad) + abs(gradapprox))
    }
}

private struct ThetaMinusAddsEpsilon: GradientCheckExercise {
    func gradientCheck(x: Double, theta: Double, epsilon: Double) -> Double {
        let jPlus = forwardPropagation(x: x, theta: theta + epsilon)
        let jMinus = forwardPropagation(x: x, theta: theta + epsilon)
        let gradapprox = (jPlus - jMinus) / (2 * epsilon)
        let grad = backwardPropagation(x: x, theta: theta)
        return abs(grad - gradapprox) / (abs(grad) + abs(gradapprox))
    }
}

private struct DenominatorWithoutGradapprox: GradientCheckExercise {
    func gradientCheck(x: Double, theta: Double, epsilon: Double) -> Double {
        let jPlus = forwardPropagation(x: x, theta: theta + epsilon)
        let jMinus = forwardPropagation(x: x, theta: theta - epsilon)
        let gradapprox = (jPlus - jMinus) / (2 * epsilon)
        let grad = backwardPropagation(x: x, theta: theta)
        return abs(grad - gradapprox) / abs(grad)
    }
}

private struct ReturnsNumerator: GradientCheckExercise {
    func gradientCheck(x: Double, theta: Double, epsilon: Double) -> Double {
        let jPlus = forwardPropagation(x: x, theta: theta + epsilon)
        let jMinus = forwardPropagation(x: x, theta: theta - epsilon)
        let gradapprox = (jPlus - jMinus) / (2 * epsilon)
        return abs(backwardPropagation(x: x, theta: theta) - gradapprox)
    }
}

private struct DefaultEpsilon: GradientCheckExercise {
    func gradientCheck(x: Double, theta: Double, epsilon: Double) -> Double {
        ReferenceGradientCheck().gradientCheck(x: x, theta: theta)
    }
}

/// The `gradient_check` exercise's mutants.
let gradientCheckMutants: [Mutant] = {
    func mutant(_ mistake: String, _ make: @escaping @Sendable () -> some GradientCheckExercise & SendableMetatype) -> Mutant {
        Mutant(.gradientCheck, "gradient_check", mistake) { ExerciseAdapter.gradientCheck(make()) }
    }
    return [
        mutant("one-sided difference (J(θ+ε) − J(θ)) / ε") { OneSidedDifference() },
        mutant("centred difference divided by ε instead of 2ε") { DividesByEpsilon() },
        mutant("θ⁻ = θ + ε (sign typo), so gradapprox is 0") { ThetaMinusAddsEpsilon() },
        mutant("denominator ‖grad‖ without ‖gradapprox‖") { DenominatorWithoutGradapprox() },
        mutant("returns the numerator, never divided") { ReturnsNumerator() },
        mutant("the default ε = 1e-7 used in place of the one passed") { DefaultEpsilon() },
    ]
}()
