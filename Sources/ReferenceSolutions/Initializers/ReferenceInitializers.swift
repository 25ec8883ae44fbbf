import Assignments
import NumericCore

/// The reference answers to the `initializers` exercise, drawing exactly the notebook's numbers.
public struct ReferenceInitializers: InitializersExercise {
    /// Creates the reference implementation.
    public init() {}

    /// All zeros.
    public func initializeParametersZeros(layersDims: [Int]) -> Parameters {
        var parameters = Parameters()
        let L = layersDims.count
        for l in 1..<L {
            parameters["W\(l)"] = Matrix.zeros(layersDims[l], layersDims[l - 1])
            parameters["b\(l)"] = Matrix.zeros(layersDims[l], 1)
        }
        return parameters
    }

    /// Seed 3, then `randn · 10` layer by layer.
    public func initializeParametersRandom(layersDims: [Int]) -> Parameters {
        var rng = RandomState(seed: 3)
        var parameters = Parameters()
        let L = layersDims.count
        for l in 1..<L {
            parameters["W\(l)"] = rng.randn(layersDims[l], layersDims[l - 1]) * 10
            parameters["b\(l)"] = Matrix.zeros(layersDims[l], 1)
        }
        return parameters
    }

    /// Seed 3, then `randn · sqrt(2 / n_{l-1})` layer by layer.
    public func initializeParametersHe(layersDims: [Int]) -> Parameters {
        var rng = RandomState(seed: 3)
        var parameters = Parameters()
        let L = layersDims.count
        for l in 1..<L {
            parameters["W\(l)"] = rng.randn(layersDims[l], layersDims[l - 1]) * (2 / Double(layersDims[l - 1])).squareRoot()
            parameters["b\(l)"] = Matrix.zeros(layersDims[l], 1)
        }
        return parameters
    }
}
