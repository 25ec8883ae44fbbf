import Assignments
import WorkerProtocol

extension ExerciseAdapter {
    /// Runs the `forward_propagation` cases on an implementation of `ForwardPropagationExercise`: `forward_propagation`
    /// (output `J`) or `backward_propagation` (output `dtheta`) on `x, theta`.
    public static func forwardPropagation(_ implementation: some ForwardPropagationExercise) -> ExerciseAdapter {
        ExerciseAdapter(name: Exercise.forwardPropagation.name, functions: [
            "forward_propagation": { inputs in
                let J = implementation.forwardPropagation(x: try inputs.double("x"), theta: try inputs.double("theta"))
                return ["J": .float(J)]
            },
            "backward_propagation": { inputs in
                let dtheta = implementation.backwardPropagation(x: try inputs.double("x"), theta: try inputs.double("theta"))
                return ["dtheta": .float(dtheta)]
            },
        ])
    }
}
