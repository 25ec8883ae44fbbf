import Assignments
import WorkerProtocol

extension ExerciseAdapter {
    /// Runs the `momentum` cases on an implementation of `MomentumExercise`: `initialize_velocity` (input `parameters`;
    /// output `v`) or `update_parameters_with_momentum` (inputs `parameters, grads, v, beta, learning_rate`; outputs
    /// `parameters`, `v`).
    public static func momentum(_ implementation: some MomentumExercise) -> ExerciseAdapter {
        ExerciseAdapter(name: Exercise.momentum.name, functions: [
            "initialize_velocity": { inputs in
                let v = implementation.initializeVelocity(parameters: try inputs.matrices("parameters"))
                return ["v": .matrices(v)]
            },
            "update_parameters_with_momentum": { inputs in
                let (parameters, v) = implementation.updateParametersWithMomentum(
                    parameters: try inputs.matrices("parameters"), grads: try inputs.matrices("grads"),
                    v: try inputs.matrices("v"), beta: try inputs.double("beta"),
                    learningRate: try inputs.double("learning_rate"))
                return ["parameters": .matrices(parameters), "v": .matrices(v)]
            },
        ])
    }
}
