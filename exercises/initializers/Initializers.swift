// Exercise `initializers` — Initialization notebook (W1A1), exercises 1 to 3.
// Read README.md beside this file, then replace each notImplemented() with your code.
// Check your work with: swift run grader run --exercise initializers

import Assignments
import Foundation
import NumericCore

/// Your three initializations of a deep network's parameters.
struct StudentInitializers: InitializersExercise {
    /// Initializes every weight and bias to zero.
    ///
    /// - Parameter layersDims: the size of each layer, input layer first
    /// - Returns: parameters, a dictionary containing your parameters "W1", "b1", ..., "WL", "bL":
    ///   W_l is a matrix of shape (layersDims[l], layersDims[l - 1]),
    ///   b_l is a column vector of shape (layersDims[l], 1)
    func initializeParametersZeros(layersDims: [Int]) -> Parameters {
        //   var parameters = Parameters()
        //   let L = layersDims.count            // number of layers in the network, input included
        //   for l in 1..<L {
        //       parameters["W\(l)"] =
        //       parameters["b\(l)"] =
        //   }
        //   return parameters
        // YOUR CODE STARTS HERE (≈ 8 lines)
        notImplemented()
        // YOUR CODE ENDS HERE
    }

    /// Initializes the weights to large random values (×10) and the biases to zero.
    ///
    /// - Parameter layersDims: the size of each layer, input layer first
    /// - Returns: parameters "W1", "b1", ..., "WL", "bL", shaped as in initializeParametersZeros
    func initializeParametersRandom(layersDims: [Int]) -> Parameters {
        //   var rng = RandomState(seed: 3)      // this seed makes sure your "random" numbers are ours
        //   var parameters = Parameters()
        //   let L = layersDims.count
        //   for l in 1..<L {
        //       parameters["W\(l)"] =           // rng.randn(rows, columns) ...
        //       parameters["b\(l)"] =
        //   }
        //   return parameters
        // YOUR CODE STARTS HERE (≈ 9 lines)
        notImplemented()
        // YOUR CODE ENDS HERE
    }

    /// He initialization: random weights scaled by sqrt(2 / size of the previous layer), zero biases.
    ///
    /// - Parameter layersDims: the size of each layer, input layer first
    /// - Returns: parameters "W1", "b1", ..., "WL", "bL", shaped as in initializeParametersZeros
    func initializeParametersHe(layersDims: [Int]) -> Parameters {
        //   var rng = RandomState(seed: 3)
        //   var parameters = Parameters()
        //   let L = layersDims.count
        //   for l in 1..<L {
        //       parameters["W\(l)"] =
        //       parameters["b\(l)"] =
        //   }
        //   return parameters
        // YOUR CODE STARTS HERE (≈ 9 lines)
        notImplemented()
        // YOUR CODE ENDS HERE
    }
}
