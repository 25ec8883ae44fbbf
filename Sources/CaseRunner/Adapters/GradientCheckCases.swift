import Assignments
import WorkerProtocol

/// Runs the `gradient_check` exercise's cases on an implementation of `GradientCheckExercise`.
public struct GradientCheckCases<Implementation: GradientCheckExercise>: ExerciseAdapter {
    /// The exercise's name in fixtures and on the command line.
    public static var exercise: String { "gradient_check" }

    private let implementation: Implementation

    /// Wraps the implementation to grade (the student's or the reference).
    public init(_ implementation: Implementation) {
        self.implementation = implementation
    }

    /// Runs `gradient_check` on `x, theta, epsilon`; the output is `difference`.
    public func run(function: String, inputs: [String: Value]) throws -> [String: Value] {
        let inputs = CaseInputs(inputs)
        switch function {
        case "gradient_check":
            let difference = implementation.gradientCheck(
                x: try inputs.double("x"), theta: try inputs.double("theta"), epsilon: try inputs.double("epsilon"))
            return ["difference": .float(difference)]
        default:
            throw AdapterError.unknownFunction(exercise: Self.exercise, function: function)
        }
    }
}
