import Assignments
import WorkerProtocol

extension ExerciseAdapter {
    /// Runs the `adam` cases on an implementation of `AdamExercise`: `initialize_adam` (input `parameters`; outputs
    /// `v`, `s`) or `update_parameters_with_adam` (inputs `parameters, grads, v, s, t, learning_rate, beta1, beta2,
    /// epsilon`; outputs `parameters`, `v`, `s`, `v_corrected`, `s_corrected`).
    public static func adam(_ implementation: some AdamExercise) -> ExerciseAdapter {
        ExerciseAdapter(name: Exercise.adam.name, functions: [
            "initialize_adam": { inputs in
                let (v, s) = implementation.initializeAdam(parameters: try inputs.matrices("parameters"))
                return ["v": .matrices(v), "s": .matrices(s)]
            },
            "update_parameters_with_adam": { inputs in
                let update = implementation.updateParametersWithAdam(
                    parameters: try inputs.matrices("parameters"), grads: try inputs.matrices("grads"),
                    v: try inputs.matrices("v"), s: try inputs.matrices("s"), t: try inputs.int("t"),
                    learningRate: try inputs.double("learning_rate"), beta1: try inputs.double("beta1"),
                    beta2: try inputs.double("beta2"), epsilon: try inputs.double("epsilon"))
                return [
                    "parameters": .matrices(update.parameters), "v": .matrices(update.v), "s": .matrices(update.s),
                    "v_corrected": .matrices(update.vCorrected), "s_corrected": .matrices(update.sCorrected),
                ]
            },
        ])
    }
}
