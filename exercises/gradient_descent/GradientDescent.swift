// Exercise `gradient_descent` — Optimization methods notebook (W2A1), exercises 1 and 2.
// Read README.md beside this file, then replace each notImplemented() with your code.
// Check your work with: swift run grader run --exercise gradient_descent

import Assignments
import NumericCore

/// Your gradient-descent step and mini-batch partition.
struct StudentGradientDescent: GradientDescentExercise {
    /// Updates parameters using one step of gradient descent.
    ///
    /// - Parameters:
    ///   - parameters: dictionary containing your parameters to be updated:
    ///     parameters["W\(l)"] = Wl, parameters["b\(l)"] = bl
    ///   - grads: dictionary containing your gradients to update each parameter:
    ///     grads["dW\(l)"] = dWl, grads["db\(l)"] = dbl
    ///   - learningRate: the learning rate, scalar
    /// - Returns: parameters, a dictionary containing your updated parameters
    func updateParametersWithGD(parameters: Parameters, grads: Gradients, learningRate: Double) -> Parameters {
        //   var parameters = parameters          // a copy you may change
        //   let L = parameters.count / 2         // number of layers in the neural network
        //   Update rule for each parameter:
        //   for l in 1...L {
        //       parameters["W\(l)"] =
        //       parameters["b\(l)"] =
        //   }
        //   return parameters
        // YOUR CODE STARTS HERE (≈ 7 lines)
        notImplemented()
        // YOUR CODE ENDS HERE
    }

    /// Creates a list of random mini-batches from (X, Y).
    ///
    /// - Parameters:
    ///   - X: input data, of shape (input size, number of examples)
    ///   - Y: true "label" vector (1 for blue dot / 0 for red dot), of shape (1, number of examples)
    ///   - miniBatchSize: size of the mini-batches, integer
    ///   - seed: seed of the random generator, so that your "random" mini-batches are the same as ours
    /// - Returns: list of synchronous (miniBatchX, miniBatchY)
    func randomMiniBatches(X: Matrix, Y: Matrix, miniBatchSize: Int, seed: Int) -> [MiniBatch] {
        //   var rng = RandomState(seed: UInt32(seed))
        //   let m = X.columns                    // number of training examples
        //   var miniBatches: [MiniBatch] = []
        //
        //   Step 1: Shuffle (X, Y)
        //   let permutation = rng.permutation(m)
        //   let shuffledX = X.columns(permutation)
        //   let shuffledY = Y.columns(permutation).reshaped(1, m)
        //
        //   Step 2 - Partition (shuffledX, shuffledY).
        //   Cases with a complete mini batch size only, i.e. each of 64 examples.
        //   let numCompleteMinibatches = m / miniBatchSize   // number of mini batches of size miniBatchSize
        //   for k in 0..<numCompleteMinibatches {
        //       let miniBatchX =                 // X.columns(range) takes a range of columns
        //       let miniBatchY =
        //       miniBatches.append((X: miniBatchX, Y: miniBatchY))
        //   }
        //   For handling the end case (last mini-batch < miniBatchSize, i.e. less than 64)
        //   if m % miniBatchSize != 0 {
        //       let miniBatchX =
        //       let miniBatchY =
        //       miniBatches.append((X: miniBatchX, Y: miniBatchY))
        //   }
        //   return miniBatches
        // YOUR CODE STARTS HERE (≈ 20 lines)
        notImplemented()
        // YOUR CODE ENDS HERE
    }
}
