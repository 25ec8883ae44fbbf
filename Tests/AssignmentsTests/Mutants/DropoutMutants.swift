import ReferenceSolutions
import Assignments
import CaseRunner
import NumericCore

/// Answers like the reference unless a mutant overrides a function.
private protocol DropoutMutant: DropoutExercise, SendableMetatype {}

extension DropoutMutant {
    func forwardPropagationWithDropout(X: Matrix, parameters: Parameters, keepProb: Double) -> (A3: Matrix, cache: DropoutCache) {
        ReferenceDropout().forwardPropagationWithDropout(X: X, parameters: parameters, keepProb: keepProb)
    }

    func backwardPropagationWithDropout(X: Matrix, Y: Matrix, cache: DropoutCache, keepProb: Double) -> Gradients {
        ReferenceDropout().backwardPropagationWithDropout(X: X, Y: Y, cache: cache, keepProb: keepProb)
    }
}

// MARK: forward_propagation_with_dropout

/// The forward pass with dropout, masks drawn by `drawMask(rng, rows, columns)` and kept units divided
/// by `divisor`.
private func forwardWithDropout(
    X: Matrix, parameters: Parameters, rng: inout RandomState, divisor: Double,
    drawMask: (inout RandomState, Int, Int) -> Matrix
) -> (A3: Matrix, cache: DropoutCache) {
    let W1 = parameters["W1"]!, b1 = parameters["b1"]!
    let W2 = parameters["W2"]!, b2 = parameters["b2"]!
    let W3 = parameters["W3"]!, b3 = parameters["b3"]!
    let Z1 = W1.dot(X) + b1
    let D1 = drawMask(&rng, Z1.rows, Z1.columns)
    let A1 = relu(Z1) * D1 / divisor
    let Z2 = W2.dot(A1) + b2
    let D2 = drawMask(&rng, Z2.rows, Z2.columns)
    let A2 = relu(Z2) * D2 / divisor
    let Z3 = W3.dot(A2) + b3
    let A3 = sigmoid(Z3)
    let cache = DropoutCache(
        Z1: Z1, D1: D1, A1: A1, W1: W1, b1: b1, Z2: Z2, D2: D2, A2: A2, W2: W2, b2: b2, Z3: Z3, A3: A3, W3: W3, b3: b3)
    return (A3, cache)
}

private struct ForwardWithoutScaling: DropoutMutant {
    func forwardPropagationWithDropout(X: Matrix, parameters: Parameters, keepProb: Double) -> (A3: Matrix, cache: DropoutCache) {
        var rng = RandomState(seed: 1)
        return forwardWithDropout(X: X, parameters: parameters, rng: &rng, divisor: 1) { rng, rows, columns in
            rng.rand(rows, columns) .< keepProb
        }
    }
}

private struct MaskKeepsWithDropProbability: DropoutMutant {
    func forwardPropagationWithDropout(X: Matrix, parameters: Parameters, keepProb: Double) -> (A3: Matrix, cache: DropoutCache) {
        var rng = RandomState(seed: 1)
        return forwardWithDropout(X: X, parameters: parameters, rng: &rng, divisor: keepProb) { rng, rows, columns in
            rng.rand(rows, columns) .< 1 - keepProb
        }
    }
}

private struct MaskFromNormalDraws: DropoutMutant {
    func forwardPropagationWithDropout(X: Matrix, parameters: Parameters, keepProb: Double) -> (A3: Matrix, cache: DropoutCache) {
        var rng = RandomState(seed: 1)
        return forwardWithDropout(X: X, parameters: parameters, rng: &rng, divisor: keepProb) { rng, rows, columns in
            rng.randn(rows, columns) .< keepProb
        }
    }
}

private struct MasksDrawnInWrongOrder: DropoutMutant {
    func forwardPropagationWithDropout(X: Matrix, parameters: Parameters, keepProb: Double) -> (A3: Matrix, cache: DropoutCache) {
        var rng = RandomState(seed: 1)
        let W1 = parameters["W1"]!, b1 = parameters["b1"]!
        let W2 = parameters["W2"]!, b2 = parameters["b2"]!
        let W3 = parameters["W3"]!, b3 = parameters["b3"]!
        let D2 = rng.rand(W2.rows, X.columns) .< keepProb
        let D1 = rng.rand(W1.rows, X.columns) .< keepProb
        let Z1 = W1.dot(X) + b1
        let A1 = relu(Z1) * D1 / keepProb
        let Z2 = W2.dot(A1) + b2
        let A2 = relu(Z2) * D2 / keepProb
        let Z3 = W3.dot(A2) + b3
        let A3 = sigmoid(Z3)
        let cache = DropoutCache(
            Z1: Z1, D1: D1, A1: A1, W1: W1, b1: b1, Z2: Z2, D2: D2, A2: A2, W2: W2, b2: b2, Z3: Z3, A3: A3, W3: W3, b3: b3)
        return (A3, cache)
    }
}

/// A generator seeded once, where a notebook cell at the top would call `np.random.seed(1)`.
private final class SeededOnce {
    var rng = RandomState(seed: 1)
}

private struct ForwardSeededOnceOnly: DropoutMutant {
    let state = SeededOnce()

    func forwardPropagationWithDropout(X: Matrix, parameters: Parameters, keepProb: Double) -> (A3: Matrix, cache: DropoutCache) {
        forwardWithDropout(X: X, parameters: parameters, rng: &state.rng, divisor: keepProb) { rng, rows, columns in
            rng.rand(rows, columns) .< keepProb
        }
    }
}

private struct CacheKeepsActivationsBeforeDropout: DropoutMutant {
    func forwardPropagationWithDropout(X: Matrix, parameters: Parameters, keepProb: Double) -> (A3: Matrix, cache: DropoutCache) {
        var (A3, cache) = ReferenceDropout().forwardPropagationWithDropout(X: X, parameters: parameters, keepProb: keepProb)
        cache.A1 = relu(cache.Z1)
        cache.A2 = relu(cache.Z2)
        return (A3, cache)
    }
}

private struct KeepProbOfTheNotebook: DropoutMutant {
    func forwardPropagationWithDropout(X: Matrix, parameters: Parameters, keepProb: Double) -> (A3: Matrix, cache: DropoutCache) {
        ReferenceDropout().forwardPropagationWithDropout(X: X, parameters: parameters, keepProb: 0.7)
    }
}

// MARK: backward_propagation_with_dropout

/// The backward pass with the gradient into each hidden layer passed through `dropout(dA, D)`.
private func backwardWithDropout(
    X: Matrix, Y: Matrix, cache: DropoutCache, dropout: (_ dA: Matrix, _ D: Matrix, _ layer: Int) -> Matrix
) -> Gradients {
    let m = Double(X.columns)
    let dZ3 = cache.A3 - Y
    let dA2 = dropout(cache.W3.T.dot(dZ3), cache.D2, 2)
    let dZ2 = dA2 * (cache.A2 .> 0)
    let dA1 = dropout(cache.W2.T.dot(dZ2), cache.D1, 1)
    let dZ1 = dA1 * (cache.A1 .> 0)
    return [
        "dZ3": dZ3, "dW3": 1 / m * dZ3.dot(cache.A2.T), "db3": 1 / m * dZ3.sum(axis: 1),
        "dA2": dA2, "dZ2": dZ2, "dW2": 1 / m * dZ2.dot(cache.A1.T), "db2": 1 / m * dZ2.sum(axis: 1),
        "dA1": dA1, "dZ1": dZ1, "dW1": 1 / m * dZ1.dot(X.T), "db1": 1 / m * dZ1.sum(axis: 1),
    ]
}

private struct BackwardWithoutScaling: DropoutMutant {
    func backwardPropagationWithDropout(X: Matrix, Y: Matrix, cache: DropoutCache, keepProb: Double) -> Gradients {
        backwardWithDropout(X: X, Y: Y, cache: cache) { dA, D, _ in dA * D }
    }
}

private struct BackwardMultipliesByKeepProb: DropoutMutant {
    func backwardPropagationWithDropout(X: Matrix, Y: Matrix, cache: DropoutCache, keepProb: Double) -> Gradients {
        backwardWithDropout(X: X, Y: Y, cache: cache) { dA, D, _ in dA * D * keepProb }
    }
}

private struct BackwardDividesByDropProbability: DropoutMutant {
    func backwardPropagationWithDropout(X: Matrix, Y: Matrix, cache: DropoutCache, keepProb: Double) -> Gradients {
        backwardWithDropout(X: X, Y: Y, cache: cache) { dA, D, _ in dA * D / (1 - keepProb) }
    }
}

private struct BackwardForgetsD1: DropoutMutant {
    func backwardPropagationWithDropout(X: Matrix, Y: Matrix, cache: DropoutCache, keepProb: Double) -> Gradients {
        backwardWithDropout(X: X, Y: Y, cache: cache) { dA, D, layer in layer == 2 ? dA * D / keepProb : dA / keepProb }
    }
}

/// The `dropout` exercise's mutants.
let dropoutMutants: [Mutant] = {
    func mutant(_ function: String, _ mistake: String, _ make: @escaping @Sendable () -> some DropoutMutant) -> Mutant {
        Mutant(.dropout, function, mistake) { ExerciseAdapter.dropout(make()) }
    }
    return [
        mutant("forward_propagation_with_dropout", "kept units not divided by keep_prob") { ForwardWithoutScaling() },
        mutant("forward_propagation_with_dropout", "mask rand < 1 − keep_prob") { MaskKeepsWithDropProbability() },
        mutant("forward_propagation_with_dropout", "mask from randn instead of rand") { MaskFromNormalDraws() },
        mutant("forward_propagation_with_dropout", "D2 drawn before D1") { MasksDrawnInWrongOrder() },
        mutant("forward_propagation_with_dropout", "seeded once, not at every call") { ForwardSeededOnceOnly() },
        mutant("forward_propagation_with_dropout", "cache holds A1, A2 before dropout") { CacheKeepsActivationsBeforeDropout() },
        mutant("forward_propagation_with_dropout", "keep_prob hard-coded as the notebook's 0.7") { KeepProbOfTheNotebook() },
        mutant("backward_propagation_with_dropout", "gradients not divided by keep_prob") { BackwardWithoutScaling() },
        mutant("backward_propagation_with_dropout", "gradients multiplied by keep_prob") { BackwardMultipliesByKeepProb() },
        mutant("backward_propagation_with_dropout", "gradients divided by 1 − keep_prob") { BackwardDividesByDropProbability() },
        mutant("backward_propagation_with_dropout", "D1 not applied to dA1") { BackwardForgetsD1() },
    ]
}()
