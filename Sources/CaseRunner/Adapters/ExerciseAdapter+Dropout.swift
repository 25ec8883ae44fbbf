import Assignments
import WorkerProtocol

extension ExerciseAdapter {
    /// Runs the `dropout` cases on an implementation of `DropoutExercise`: `forward_propagation_with_dropout` (inputs
    /// `X, parameters, keep_prob`; outputs `A3`, `cache`) or `backward_propagation_with_dropout` (inputs `X, Y, cache,
    /// keep_prob`; output `gradients`).
    public static func dropout(_ implementation: some DropoutExercise) -> ExerciseAdapter {
        ExerciseAdapter(name: Exercise.dropout.name, functions: [
            "forward_propagation_with_dropout": { inputs in
                let (A3, cache) = implementation.forwardPropagationWithDropout(
                    X: try inputs.matrix("X"), parameters: try inputs.matrices("parameters"),
                    keepProb: try inputs.double("keep_prob"))
                return ["A3": .matrix(A3), "cache": .dropoutCache(cache)]
            },
            "backward_propagation_with_dropout": { inputs in
                let gradients = implementation.backwardPropagationWithDropout(
                    X: try inputs.matrix("X"), Y: try inputs.matrix("Y"),
                    cache: try inputs.dropoutCache("cache"), keepProb: try inputs.double("keep_prob"))
                return ["gradients": .matrices(gradients)]
            },
        ])
    }
}
