// Exercise `dropout` — Regularization notebook (W1A2), exercises 3 and 4.
// Read README.md beside this file, then replace each notImplemented() with your code.
// Check your work with: swift run grader run --exercise dropout

import Assignments
import NumericCore

/// Your inverted dropout, forward and backward.
struct StudentDropout: DropoutExercise {
    /// Implements the forward propagation: LINEAR -> RELU + DROPOUT -> LINEAR -> RELU + DROPOUT ->
    /// LINEAR -> SIGMOID.
    ///
    /// - Parameters:
    ///   - X: input dataset, of shape (2, number of examples)
    ///   - parameters: dictionary containing your parameters "W1", "b1", "W2", "b2", "W3", "b3":
    ///     W1 of shape (20, 2), b1 (20, 1), W2 (3, 20), b2 (3, 1), W3 (1, 3), b3 (1, 1)
    ///   - keepProb: probability of keeping a neuron active during dropout, scalar
    /// - Returns: A3, the output of the forward propagation, of shape (1, m), and cache, the values
    ///   stored for computing the backward propagation
    func forwardPropagationWithDropout(X: Matrix, parameters: Parameters, keepProb: Double) -> (A3: Matrix, cache: DropoutCache) {
        //   var rng = RandomState(seed: 1)     // seeded here, so that every call drops the same units
        //   let W1 = parameters["W1"]!, b1 = parameters["b1"]!   (and W2, b2, W3, b3 the same way)
        //
        //   LINEAR -> RELU -> LINEAR -> RELU -> LINEAR -> SIGMOID
        //   let Z1 = W1.dot(X) + b1
        //   var A1 = relu(Z1)
        //   Steps 1-4 below correspond to the Steps 1-4 described above.
        //   let D1 =               // Step 1: initialize matrix D1 = rng.rand(..., ...)
        //                          // Step 2: convert entries of D1 to 0 or 1 (using keepProb as the threshold)
        //   A1 =                   // Step 3: shut down some neurons of A1
        //   A1 =                   // Step 4: scale the value of neurons that haven't been shut down
        //   let Z2 = W2.dot(A1) + b2
        //   var A2 = relu(Z2)
        //   let D2 = ...; A2 = ...; A2 = ...          // Steps 1-4 again, for the second layer
        //   let Z3 = W3.dot(A2) + b3
        //   let A3 = sigmoid(Z3)
        //
        //   let cache = DropoutCache(Z1: Z1, D1: D1, A1: A1, W1: W1, b1: b1, Z2: Z2, D2: D2, A2: A2,
        //                            W2: W2, b2: b2, Z3: Z3, A3: A3, W3: W3, b3: b3)
        //   return (A3, cache)
        // YOUR CODE STARTS HERE (≈ 25 lines)
        notImplemented()
        // YOUR CODE ENDS HERE
    }

    /// Implements the backward propagation of our baseline model to which we added dropout.
    ///
    /// - Parameters:
    ///   - X: input dataset, of shape (2, number of examples)
    ///   - Y: "true" labels vector, of shape (output size, number of examples)
    ///   - cache: cache output from forwardPropagationWithDropout(X:parameters:keepProb:)
    ///   - keepProb: probability of keeping a neuron active during dropout, scalar
    /// - Returns: gradients, a dictionary with the gradients with respect to each parameter,
    ///   activation and pre-activation variable ("dZ3", "dW3", "db3", "dA2", ..., "dW1", "db1")
    func backwardPropagationWithDropout(X: Matrix, Y: Matrix, cache: DropoutCache, keepProb: Double) -> Gradients {
        //   let m = Double(X.columns)
        //   let dZ3 = cache.A3 - Y
        //   let dW3 = 1 / m * dZ3.dot(cache.A2.T)
        //   let db3 = 1 / m * dZ3.sum(axis: 1)
        //   var dA2 = cache.W3.T.dot(dZ3)
        //   dA2 =                  // Step 1: apply mask D2 to shut down the same neurons as during the forward propagation
        //   dA2 =                  // Step 2: scale the value of neurons that haven't been shut down
        //   let dZ2 = dA2 * (cache.A2 .> 0)
        //   let dW2 = 1 / m * dZ2.dot(cache.A1.T)
        //   let db2 = 1 / m * dZ2.sum(axis: 1)
        //   var dA1 = cache.W2.T.dot(dZ2)
        //   dA1 =                  // Step 1: apply mask D1
        //   dA1 =                  // Step 2: scale
        //   let dZ1 = dA1 * (cache.A1 .> 0)
        //   let dW1 = 1 / m * dZ1.dot(X.T)
        //   let db1 = 1 / m * dZ1.sum(axis: 1)
        //   return ["dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2, "dZ2": dZ2, "dW2": dW2, "db2": db2,
        //           "dA1": dA1, "dZ1": dZ1, "dW1": dW1, "db1": db1]
        // YOUR CODE STARTS HERE (≈ 20 lines)
        notImplemented()
        // YOUR CODE ENDS HERE
    }
}
