import ReferenceSolutions
import Assignments
import CaseRunner
import NumericCore

/// Answers like the reference unless a mutant overrides a function.
private protocol RegularizationMutant: RegularizationExercise, SendableMetatype {}

extension RegularizationMutant {
    func computeCostWithRegularization(A3: Matrix, Y: Matrix, parameters: Parameters, lambda: Double) -> Double {
        ReferenceRegularization().computeCostWithRegularization(A3: A3, Y: Y, parameters: parameters, lambda: lambda)
    }

    func backwardPropagationWithRegularization(X: Matrix, Y: Matrix, cache: ForwardCache, lambda: Double) -> Gradients {
        ReferenceRegularization().backwardPropagationWithRegularization(X: X, Y: Y, cache: cache, lambda: lambda)
    }
}

// MARK: compute_cost_with_regularization

/// Σ W1² + Σ W2² + Σ W3².
private func sumOfSquaredWeights(_ parameters: Parameters) -> Double {
    ["W1", "W2", "W3"].map { (parameters[$0]! * parameters[$0]!).sum() }.reduce(0, +)
}

private struct PenaltyOverM: RegularizationMutant {
    func computeCostWithRegularization(A3: Matrix, Y: Matrix, parameters: Parameters, lambda: Double) -> Double {
        computeCost(A3: A3, Y: Y) + 1 / Double(Y.columns) * sumOfSquaredWeights(parameters)
    }
}

private struct PenaltyWithoutHalf: RegularizationMutant {
    func computeCostWithRegularization(A3: Matrix, Y: Matrix, parameters: Parameters, lambda: Double) -> Double {
        computeCost(A3: A3, Y: Y) + lambda / Double(Y.columns) * sumOfSquaredWeights(parameters)
    }
}

private struct PenaltyWithoutM: RegularizationMutant {
    func computeCostWithRegularization(A3: Matrix, Y: Matrix, parameters: Parameters, lambda: Double) -> Double {
        computeCost(A3: A3, Y: Y) + lambda / 2 * sumOfSquaredWeights(parameters)
    }
}

private struct PenaltyMissesW3: RegularizationMutant {
    func computeCostWithRegularization(A3: Matrix, Y: Matrix, parameters: Parameters, lambda: Double) -> Double {
        let W1 = parameters["W1"]!, W2 = parameters["W2"]!
        return computeCost(A3: A3, Y: Y) + lambda / (2 * Double(Y.columns)) * ((W1 * W1).sum() + (W2 * W2).sum())
    }
}

private struct PenaltyOfAbsoluteValues: RegularizationMutant {
    func computeCostWithRegularization(A3: Matrix, Y: Matrix, parameters: Parameters, lambda: Double) -> Double {
        let l1 = ["W1", "W2", "W3"].map { abs(parameters[$0]!).sum() }.reduce(0, +)
        return computeCost(A3: A3, Y: Y) + lambda / (2 * Double(Y.columns)) * l1
    }
}

private struct PenaltyOnly: RegularizationMutant {
    func computeCostWithRegularization(A3: Matrix, Y: Matrix, parameters: Parameters, lambda: Double) -> Double {
        lambda / (2 * Double(Y.columns)) * sumOfSquaredWeights(parameters)
    }
}

private struct CrossEntropyWithPlainSum: RegularizationMutant {
    func computeCostWithRegularization(A3: Matrix, Y: Matrix, parameters: Parameters, lambda: Double) -> Double {
        let logProbs = -log(A3) * Y + -log(1 - A3) * (1 - Y)
        return 1 / Double(Y.columns) * logProbs.sum() + lambda / (2 * Double(Y.columns)) * sumOfSquaredWeights(parameters)
    }
}

// MARK: backward_propagation_with_regularization

/// The reference gradients with each `dW_l` shifted by `penalty(W_l)` instead of (λ/m)·W_l.
private func gradients(
    X: Matrix, Y: Matrix, cache: ForwardCache, shifting layers: [Int] = [1, 2, 3], by penalty: (Matrix) -> Matrix
) -> Gradients {
    var gradients = ReferenceRegularization().backwardPropagationWithRegularization(X: X, Y: Y, cache: cache, lambda: 0)
    let weights = [1: cache.W1, 2: cache.W2, 3: cache.W3]
    for l in layers {
        gradients["dW\(l)"] = gradients["dW\(l)"]! + penalty(weights[l]!)
    }
    return gradients
}

private struct GradientWithHalfPenalty: RegularizationMutant {
    func backwardPropagationWithRegularization(X: Matrix, Y: Matrix, cache: ForwardCache, lambda: Double) -> Gradients {
        gradients(X: X, Y: Y, cache: cache) { lambda / (2 * Double(X.columns)) * $0 }
    }
}

private struct GradientPenaltyWithoutM: RegularizationMutant {
    func backwardPropagationWithRegularization(X: Matrix, Y: Matrix, cache: ForwardCache, lambda: Double) -> Gradients {
        gradients(X: X, Y: Y, cache: cache) { lambda * $0 }
    }
}

private struct GradientPenaltySubtracted: RegularizationMutant {
    func backwardPropagationWithRegularization(X: Matrix, Y: Matrix, cache: ForwardCache, lambda: Double) -> Gradients {
        gradients(X: X, Y: Y, cache: cache) { -(lambda / Double(X.columns)) * $0 }
    }
}

private struct GradientPenaltyMissingOnW1: RegularizationMutant {
    func backwardPropagationWithRegularization(X: Matrix, Y: Matrix, cache: ForwardCache, lambda: Double) -> Gradients {
        gradients(X: X, Y: Y, cache: cache, shifting: [2, 3]) { lambda / Double(X.columns) * $0 }
    }
}

private struct GradientPenaltyOnBiasesToo: RegularizationMutant {
    func backwardPropagationWithRegularization(X: Matrix, Y: Matrix, cache: ForwardCache, lambda: Double) -> Gradients {
        var gradients = ReferenceRegularization().backwardPropagationWithRegularization(X: X, Y: Y, cache: cache, lambda: lambda)
        let m = Double(X.columns)
        gradients["db1"] = gradients["db1"]! + lambda / m * cache.b1
        gradients["db2"] = gradients["db2"]! + lambda / m * cache.b2
        gradients["db3"] = gradients["db3"]! + lambda / m * cache.b3
        return gradients
    }
}

/// The `regularization` exercise's mutants.
let regularizationMutants: [Mutant] = {
    func mutant(_ function: String, _ mistake: String, _ make: @escaping @Sendable () -> some RegularizationMutant) -> Mutant {
        Mutant(.regularization, function, mistake) { ExerciseAdapter.regularization(make()) }
    }
    return [
        mutant("compute_cost_with_regularization", "penalty 1/m instead of λ/(2m)") { PenaltyOverM() },
        mutant("compute_cost_with_regularization", "penalty λ/m (the 1/2 forgotten)") { PenaltyWithoutHalf() },
        mutant("compute_cost_with_regularization", "penalty λ/2 (the 1/m forgotten)") { PenaltyWithoutM() },
        mutant("compute_cost_with_regularization", "W3 left out of the penalty") { PenaltyMissesW3() },
        mutant("compute_cost_with_regularization", "Σ|W| instead of ΣW²") { PenaltyOfAbsoluteValues() },
        mutant("compute_cost_with_regularization", "the penalty alone, cross-entropy forgotten") { PenaltyOnly() },
        mutant("compute_cost_with_regularization", "cross-entropy summed with sum(), not nansum()") { CrossEntropyWithPlainSum() },
        mutant("backward_propagation_with_regularization", "dW += λ/(2m)·W") { GradientWithHalfPenalty() },
        mutant("backward_propagation_with_regularization", "dW += λ·W (the 1/m forgotten)") { GradientPenaltyWithoutM() },
        mutant("backward_propagation_with_regularization", "dW −= (λ/m)·W") { GradientPenaltySubtracted() },
        mutant("backward_propagation_with_regularization", "no penalty on dW1") { GradientPenaltyMissingOnW1() },
        mutant("backward_propagation_with_regularization", "penalty added to db too") { GradientPenaltyOnBiasesToo() },
    ]
}()
