import Assignments
import NumericCore

/// The reference answers to the `gradient_descent` exercise, shuffling exactly as the notebook does.
public struct ReferenceGradientDescent: GradientDescentExercise {
    /// Creates the reference implementation.
    public init() {}

    /// W −= α·dW and b −= α·db, layer by layer.
    public func updateParametersWithGD(parameters: Parameters, grads: Gradients, learningRate: Double) -> Parameters {
        var parameters = parameters
        let L = parameters.count / 2
        for l in 1...L {
            parameters["W\(l)"] = parameters["W\(l)"]! - learningRate * grads["dW\(l)"]!
            parameters["b\(l)"] = parameters["b\(l)"]! - learningRate * grads["db\(l)"]!
        }
        return parameters
    }

    /// Seed, one permutation for X and Y, full batches, then the partial one.
    public func randomMiniBatches(X: Matrix, Y: Matrix, miniBatchSize: Int, seed: Int) -> [MiniBatch] {
        var rng = RandomState(seed: UInt32(seed))
        let m = X.columns
        var miniBatches: [MiniBatch] = []

        let permutation = rng.permutation(m)
        let shuffledX = X.columns(permutation)
        let shuffledY = Y.columns(permutation).reshaped(1, m)

        let numCompleteMinibatches = m / miniBatchSize
        for k in 0..<numCompleteMinibatches {
            let batch = k * miniBatchSize ..< (k + 1) * miniBatchSize
            miniBatches.append((X: shuffledX.columns(batch), Y: shuffledY.columns(batch)))
        }
        if m % miniBatchSize != 0 {
            let rest = numCompleteMinibatches * miniBatchSize ..< m
            miniBatches.append((X: shuffledX.columns(rest), Y: shuffledY.columns(rest)))
        }
        return miniBatches
    }
}
