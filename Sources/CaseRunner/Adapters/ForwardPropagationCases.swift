import Assignments
import WorkerProtocol

/// Runs the `forward_propagation` exercise's cases on an implementation of `ForwardPropagationExercise`.
public struct ForwardPropagationCases<Implementation: ForwardPropagationExercise>: ExerciseAdapter {
    /// The exercise's name in fixtures and on the command line.
    public static var exercise: String { "forward_propagation" }

    private let implementation: Implementation

    /// Wraps the implementation to grade (the student's or the reference).
    public init(_ implementation: Implementation) {
        self.implementation = implementation
    }

    /// Runs `forward_propagation` (output `J`) or `backward_propagation` (output `dtheta`) on `x, theta`.
    public func run(function: String, inputs: [String: Value]) throws -> [String: Value] {
        let inputs = CaseInputs(inputs)
        switch function {
        case "forward_propagation":
            let J = implementation.forwardPropagation(x: try inputs.double("x"), theta: try inputs.double("theta"))
            return ["J": .float(J)]
        case "backward_propagation":
            let dtheta = implementation.backwardPropagation(x: try inputs.double("x"), theta: try inputs.double("theta"))
            return ["dtheta": .float(dtheta)]
        default:
            throw AdapterError.unknownFunction(exercise: Self.exercise, function: function)
        }
    }
}
