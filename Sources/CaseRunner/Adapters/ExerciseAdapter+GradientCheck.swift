import Assignments
import WorkerProtocol

extension ExerciseAdapter {
    /// Runs the `gradient_check` cases on an implementation of `GradientCheckExercise`: `gradient_check` on `x, theta,
    /// epsilon`; the output is `difference`.
    public static func gradientCheck(_ implementation: some GradientCheckExercise) -> ExerciseAdapter {
        ExerciseAdapter(name: Exercise.gradientCheck.name, functions: [
            "gradient_check": { inputs in
                let difference = implementation.gradientCheck(
                    x: try inputs.double("x"), theta: try inputs.double("theta"), epsilon: try inputs.double("epsilon"))
                return ["difference": .float(difference)]
            },
        ])
    }
}
