import Assignments
import WorkerProtocol

/// Runs the `regularization` exercise's cases on an implementation of `RegularizationExercise`.
public struct RegularizationCases<Implementation: RegularizationExercise>: ExerciseAdapter {
    /// The exercise's name in fixtures and on the command line.
    public static var exercise: String { "regularization" }

    private let implementation: Implementation

    /// Wraps the implementation to grade (the student's or the reference).
    public init(_ implementation: Implementation) {
        self.implementation = implementation
    }

    /// Runs `compute_cost_with_regularization` (inputs `A3, Y, parameters, lambd`; output `cost`) or
    /// `backward_propagation_with_regularization` (inputs `X, Y, cache, lambd`; output `gradients`).
    public func run(function: String, inputs: [String: Value]) throws -> [String: Value] {
        let inputs = CaseInputs(inputs)
        switch function {
        case "compute_cost_with_regularization":
            let cost = implementation.computeCostWithRegularization(
                A3: try inputs.matrix("A3"), Y: try inputs.matrix("Y"),
                parameters: try inputs.matrices("parameters"), lambda: try inputs.double("lambd"))
            return ["cost": .float(cost)]
        case "backward_propagation_with_regularization":
            let gradients = implementation.backwardPropagationWithRegularization(
                X: try inputs.matrix("X"), Y: try inputs.matrix("Y"),
                cache: try inputs.forwardCache("cache"), lambda: try inputs.double("lambd"))
            return ["gradients": .matrices(gradients)]
        default:
            throw AdapterError.unknownFunction(exercise: Self.exercise, function: function)
        }
    }
}
