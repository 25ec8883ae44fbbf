// Exercise `regularization` — Regularization notebook (W1A2), exercises 1 and 2.
// Read README.md beside this file, then replace each notImplemented() with your code.
// Check your work with: swift run grader run --exercise regularization

import Assignments
import NumericCore

/// Your L2-regularized cost and its backward pass.
struct StudentRegularization: RegularizationExercise {
    /// Implements the cost function with L2 regularization. See formula (2).
    ///
    /// - Parameters:
    ///   - A3: post-activation, output of forward propagation, of shape (output size, number of examples)
    ///   - Y: "true" labels vector, of shape (output size, number of examples)
    ///   - parameters: dictionary containing the parameters of the model
    ///   - lambda: the regularization hyperparameter λ (the notebook's lambd)
    /// - Returns: cost, the value of the regularized loss function (formula (2))
    func computeCostWithRegularization(A3: Matrix, Y: Matrix, parameters: Parameters, lambda: Double) -> Double {
        //   let m = Double(Y.columns)
        //   let W1 = parameters["W1"]!, W2 = parameters["W2"]!, W3 = parameters["W3"]!
        //   let crossEntropyCost = computeCost(A3: A3, Y: Y)    // this gives you the cross-entropy part
        //   let l2RegularizationCost =                          // Matrix.sum() adds up every entry
        //   let cost = crossEntropyCost + l2RegularizationCost
        // YOUR CODE STARTS HERE (≈ 6 lines)
        notImplemented()
        // YOUR CODE ENDS HERE
    }

    /// Implements the backward propagation of our baseline model to which we added an L2 regularization.
    ///
    /// - Parameters:
    ///   - X: input dataset, of shape (input size, number of examples)
    ///   - Y: "true" labels vector, of shape (output size, number of examples)
    ///   - cache: cache output from the forward propagation
    ///   - lambda: regularization hyperparameter, scalar
    /// - Returns: gradients, a dictionary with the gradients with respect to each parameter,
    ///   activation and pre-activation variable ("dZ3", "dW3", "db3", "dA2", ..., "dW1", "db1")
    func backwardPropagationWithRegularization(X: Matrix, Y: Matrix, cache: ForwardCache, lambda: Double) -> Gradients {
        //   let m = Double(X.columns)
        //   let dZ3 = cache.A3 - Y
        //   let dW3 = 1 / m * dZ3.dot(cache.A2.T) + ...           // add the regularization term's gradient
        //   let db3 = 1 / m * dZ3.sum(axis: 1)
        //   let dA2 = cache.W3.T.dot(dZ3)
        //   let dZ2 = dA2 * (cache.A2 .> 0)
        //   let dW2 = 1 / m * dZ2.dot(cache.A1.T) + ...
        //   let db2 = 1 / m * dZ2.sum(axis: 1)
        //   let dA1 = cache.W2.T.dot(dZ2)
        //   let dZ1 = dA1 * (cache.A1 .> 0)
        //   let dW1 = 1 / m * dZ1.dot(X.T) + ...
        //   let db1 = 1 / m * dZ1.sum(axis: 1)
        //   return ["dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2, "dZ2": dZ2, "dW2": dW2, "db2": db2,
        //           "dA1": dA1, "dZ1": dZ1, "dW1": dW1, "db1": db1]
        // YOUR CODE STARTS HERE (≈ 15 lines)
        notImplemented()
        // YOUR CODE ENDS HERE
    }
}
