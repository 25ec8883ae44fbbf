// Hostile submission: backward_propagation_with_dropout recurses until its stack overflows;
// forward_propagation_with_dropout is right.
import Assignments
import NumericCore
struct StudentDropout: DropoutExercise {
    func forwardPropagationWithDropout(X: Matrix, parameters: Parameters, keepProb: Double) -> (A3: Matrix, cache: DropoutCache) {
        CorrectDropout().forwardPropagationWithDropout(X: X, parameters: parameters, keepProb: keepProb)
    }
    func backwardPropagationWithDropout(X: Matrix, Y: Matrix, cache: DropoutCache, keepProb: Double) -> Gradients {
        // Not a tail call: the result is changed after the call returns, so no optimizer can make a loop of it.
        var gradients = backwardPropagationWithDropout(X: X, Y: Y, cache: cache, keepProb: keepProb)
        gradients["dW1", default: X] = gradients["dW1", default: X] / keepProb
        return gradients
    }
}
