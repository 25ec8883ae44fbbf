import Assignments
import NumericCore

/// The reference answers to the `initializers` exercise, drawing exactly the notebook's numbers.
public struct ReferenceInitializers: InitializersExercise {
    /// Creates the reference implementation.
    public init() {}

    /// All zeros.
    public func initializeParametersZeros(layersDims: [Int]) -> Parameters {
        layered(layersDims) { Matrix.zeros($0, $1) }
    }

    /// Seed 3, then `randn · 10` layer by layer.
    public func initializeParametersRandom(layersDims: [Int]) -> Parameters {
        var rng = RandomState(seed: 3)
        return layered(layersDims) { rng.randn($0, $1) * 10 }
    }

    /// Seed 3, then `randn · sqrt(2 / n_{l-1})` layer by layer.
    public func initializeParametersHe(layersDims: [Int]) -> Parameters {
        var rng = RandomState(seed: 3)
        return layered(layersDims) { rng.randn($0, $1) * (2 / Double($1)).squareRoot() }
    }

    /// The notebook's loop over the layers: `W_l` from `weight(n_l, n_{l−1})`, in layer order (so the
    /// random draws come in the notebook's order), and `b_l` zeros of shape `(n_l, 1)`.
    private func layered(_ layersDims: [Int], weight: (_ rows: Int, _ columns: Int) -> Matrix) -> Parameters {
        var parameters = Parameters()
        for l in 1..<layersDims.count {
            parameters["W\(l)"] = weight(layersDims[l], layersDims[l - 1])
            parameters["b\(l)"] = Matrix.zeros(layersDims[l], 1)
        }
        return parameters
    }
}
