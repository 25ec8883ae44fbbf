import Assignments
import WorkerProtocol

extension ExerciseAdapter {
    /// Runs the `gradient_check_n` cases on an implementation of `GradientCheckNExercise`: `backward_propagation_n`
    /// (inputs `X, Y, cache`; output `gradients`) or `gradient_check_n` (inputs `parameters, gradients, X, Y, epsilon`;
    /// output `difference`).
    public static func gradientCheckN(_ implementation: some GradientCheckNExercise) -> ExerciseAdapter {
        ExerciseAdapter(name: Exercise.gradientCheckN.name, functions: [
            "backward_propagation_n": { inputs in
                let gradients = implementation.backwardPropagationN(
                    X: try inputs.matrix("X"), Y: try inputs.matrix("Y"), cache: try inputs.forwardCache("cache"))
                return ["gradients": .matrices(gradients)]
            },
            "gradient_check_n": { inputs in
                let difference = implementation.gradientCheckN(
                    parameters: try inputs.matrices("parameters"), gradients: try inputs.matrices("gradients"),
                    X: try inputs.matrix("X"), Y: try inputs.matrix("Y"), epsilon: try inputs.double("epsilon"))
                return ["difference": .float(difference)]
            },
        ])
    }
}
