import ReferenceSolutions
import Assignments
import CaseRunner
import NumericCore

/// Answers like the reference unless a mutant overrides a function.
private protocol InitializersMutant: InitializersExercise, SendableMetatype {}

extension InitializersMutant {
    func initializeParametersZeros(layersDims: [Int]) -> Parameters {
        ReferenceInitializers().initializeParametersZeros(layersDims: layersDims)
    }

    func initializeParametersRandom(layersDims: [Int]) -> Parameters {
        ReferenceInitializers().initializeParametersRandom(layersDims: layersDims)
    }

    func initializeParametersHe(layersDims: [Int]) -> Parameters {
        ReferenceInitializers().initializeParametersHe(layersDims: layersDims)
    }
}

/// Weights drawn layer by layer as `draw(rng, n_l, n_{l-1})`, zero biases: the loop every initializer shares.
private func drawnLayers(_ layersDims: [Int], rng: inout RandomState, _ draw: (inout RandomState, Int, Int) -> Matrix) -> Parameters {
    var parameters = Parameters()
    for l in 1..<layersDims.count {
        parameters["W\(l)"] = draw(&rng, layersDims[l], layersDims[l - 1])
        parameters["b\(l)"] = Matrix.zeros(layersDims[l], 1)
    }
    return parameters
}

// MARK: initialize_parameters_zeros

private struct ZerosBiasAsRow: InitializersMutant {
    func initializeParametersZeros(layersDims: [Int]) -> Parameters {
        var parameters = Parameters()
        for l in 1..<layersDims.count {
            parameters["W\(l)"] = Matrix.zeros(layersDims[l], layersDims[l - 1])
            parameters["b\(l)"] = Matrix.zeros(1, layersDims[l])
        }
        return parameters
    }
}

private struct ZerosWeightsTransposed: InitializersMutant {
    func initializeParametersZeros(layersDims: [Int]) -> Parameters {
        var parameters = Parameters()
        for l in 1..<layersDims.count {
            parameters["W\(l)"] = Matrix.zeros(layersDims[l - 1], layersDims[l])
            parameters["b\(l)"] = Matrix.zeros(layersDims[l], 1)
        }
        return parameters
    }
}

private struct ZerosLastLayerMissing: InitializersMutant {
    func initializeParametersZeros(layersDims: [Int]) -> Parameters {
        var parameters = Parameters()
        for l in 1..<layersDims.count - 1 {
            parameters["W\(l)"] = Matrix.zeros(layersDims[l], layersDims[l - 1])
            parameters["b\(l)"] = Matrix.zeros(layersDims[l], 1)
        }
        return parameters
    }
}

private struct ZerosEmptyDictionary: InitializersMutant {
    func initializeParametersZeros(layersDims: [Int]) -> Parameters { [:] }
}

// MARK: initialize_parameters_random

private struct RandomScaledByHundredth: InitializersMutant {
    func initializeParametersRandom(layersDims: [Int]) -> Parameters {
        var rng = RandomState(seed: 3)
        return drawnLayers(layersDims, rng: &rng) { rng, rows, columns in rng.randn(rows, columns) * 0.01 }
    }
}

private struct RandomReseedsEveryLayer: InitializersMutant {
    func initializeParametersRandom(layersDims: [Int]) -> Parameters {
        var rng = RandomState(seed: 3)
        return drawnLayers(layersDims, rng: &rng) { rng, rows, columns in
            rng.seed(3)
            return rng.randn(rows, columns) * 10
        }
    }
}

private struct RandomBiasesToo: InitializersMutant {
    func initializeParametersRandom(layersDims: [Int]) -> Parameters {
        var rng = RandomState(seed: 3)
        var parameters = Parameters()
        for l in 1..<layersDims.count {
            parameters["W\(l)"] = rng.randn(layersDims[l], layersDims[l - 1]) * 10
            parameters["b\(l)"] = rng.randn(layersDims[l], 1) * 10
        }
        return parameters
    }
}

private struct RandomDrawnTransposed: InitializersMutant {
    func initializeParametersRandom(layersDims: [Int]) -> Parameters {
        var rng = RandomState(seed: 3)
        return drawnLayers(layersDims, rng: &rng) { rng, rows, columns in rng.randn(columns, rows).T * 10 }
    }
}

/// A generator seeded once, where a notebook cell at the top would call `np.random.seed(3)`.
private final class SeededOnce {
    var rng = RandomState(seed: 3)
}

private struct RandomSeededOnceOnly: InitializersMutant {
    let state = SeededOnce()

    func initializeParametersRandom(layersDims: [Int]) -> Parameters {
        drawnLayers(layersDims, rng: &state.rng) { rng, rows, columns in rng.randn(rows, columns) * 10 }
    }
}

private struct RandomTwoLayersOnly: InitializersMutant {
    func initializeParametersRandom(layersDims: [Int]) -> Parameters {
        var rng = RandomState(seed: 3)
        return drawnLayers(Array(layersDims.prefix(3)), rng: &rng) { rng, rows, columns in rng.randn(rows, columns) * 10 }
    }
}

// MARK: initialize_parameters_he

private struct HeWithXavierScale: InitializersMutant {
    func initializeParametersHe(layersDims: [Int]) -> Parameters {
        var rng = RandomState(seed: 3)
        return drawnLayers(layersDims, rng: &rng) { rng, rows, columns in
            rng.randn(rows, columns) * (1 / Double(columns)).squareRoot()
        }
    }
}

private struct HeScaledByCurrentLayer: InitializersMutant {
    func initializeParametersHe(layersDims: [Int]) -> Parameters {
        var rng = RandomState(seed: 3)
        return drawnLayers(layersDims, rng: &rng) { rng, rows, columns in
            rng.randn(rows, columns) * (2 / Double(rows)).squareRoot()
        }
    }
}

private struct HeWithoutSquareRoot: InitializersMutant {
    func initializeParametersHe(layersDims: [Int]) -> Parameters {
        var rng = RandomState(seed: 3)
        return drawnLayers(layersDims, rng: &rng) { rng, rows, columns in rng.randn(rows, columns) * (2 / Double(columns)) }
    }
}

private struct HeSeededOnceOnly: InitializersMutant {
    let state = SeededOnce()

    func initializeParametersHe(layersDims: [Int]) -> Parameters {
        drawnLayers(layersDims, rng: &state.rng) { rng, rows, columns in
            rng.randn(rows, columns) * (2 / Double(columns)).squareRoot()
        }
    }
}

/// The `initializers` exercise's mutants.
let initializersMutants: [Mutant] = {
    func mutant(_ function: String, _ mistake: String, _ make: @escaping @Sendable () -> some InitializersMutant) -> Mutant {
        Mutant(.initializers, function, mistake) { ExerciseAdapter.initializers(make()) }
    }
    return [
        mutant("initialize_parameters_zeros", "b_l shaped (1, n_l)") { ZerosBiasAsRow() },
        mutant("initialize_parameters_zeros", "W_l shaped (n_{l-1}, n_l)") { ZerosWeightsTransposed() },
        mutant("initialize_parameters_zeros", "loop stops before the last layer") { ZerosLastLayerMissing() },
        mutant("initialize_parameters_zeros", "returns an empty dictionary") { ZerosEmptyDictionary() },
        mutant("initialize_parameters_random", "scaled by 0.01 instead of 10") { RandomScaledByHundredth() },
        mutant("initialize_parameters_random", "seed 3 re-set inside the loop") { RandomReseedsEveryLayer() },
        mutant("initialize_parameters_random", "biases drawn with randn too") { RandomBiasesToo() },
        mutant("initialize_parameters_random", "randn(n_{l-1}, n_l) transposed") { RandomDrawnTransposed() },
        mutant("initialize_parameters_random", "seeded once, not at every call") { RandomSeededOnceOnly() },
        mutant("initialize_parameters_random", "two layers hard-coded (l = 1, 2)") { RandomTwoLayersOnly() },
        mutant("initialize_parameters_he", "sqrt(1/n_{l-1}) (Xavier) instead of sqrt(2/n_{l-1})") { HeWithXavierScale() },
        mutant("initialize_parameters_he", "sqrt(2/n_l): the current layer's size") { HeScaledByCurrentLayer() },
        mutant("initialize_parameters_he", "2/n_{l-1} without the square root") { HeWithoutSquareRoot() },
        mutant("initialize_parameters_he", "seeded once, not at every call") { HeSeededOnceOnly() },
    ]
}()
