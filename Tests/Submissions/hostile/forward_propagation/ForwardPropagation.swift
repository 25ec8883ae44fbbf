// Hostile submission: forward_propagation traps (index out of range); backward_propagation is right.
import Assignments
struct StudentForwardPropagation: ForwardPropagationExercise {
    func forwardPropagation(x: Double, theta: Double) -> Double {
        let values = [x]
        return values[Int(theta) + 5] * theta
    }
    func backwardPropagation(x: Double, theta: Double) -> Double {
        CorrectForwardPropagation().backwardPropagation(x: x, theta: theta)
    }
}
