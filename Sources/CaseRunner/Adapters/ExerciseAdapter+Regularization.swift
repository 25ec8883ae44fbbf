import Assignments
import WorkerProtocol

extension ExerciseAdapter {
    /// Runs the `regularization` cases on an implementation of `RegularizationExercise`:
    /// `compute_cost_with_regularization` (inputs `A3, Y, parameters, lambd`; output `cost`) or
    /// `backward_propagation_with_regularization` (inputs `X, Y, cache, lambd`; output `gradients`).
    public static func regularization(_ implementation: some RegularizationExercise) -> ExerciseAdapter {
        ExerciseAdapter(name: Exercise.regularization.name, functions: [
            "compute_cost_with_regularization": { inputs in
                let cost = implementation.computeCostWithRegularization(
                    A3: try inputs.matrix("A3"), Y: try inputs.matrix("Y"),
                    parameters: try inputs.matrices("parameters"), lambda: try inputs.double("lambd"))
                return ["cost": .float(cost)]
            },
            "backward_propagation_with_regularization": { inputs in
                let gradients = implementation.backwardPropagationWithRegularization(
                    X: try inputs.matrix("X"), Y: try inputs.matrix("Y"),
                    cache: try inputs.forwardCache("cache"), lambda: try inputs.double("lambd"))
                return ["gradients": .matrices(gradients)]
            },
        ])
    }
}
