import Assignments
import WorkerProtocol

/// Runs the `dropout` exercise's cases on an implementation of `DropoutExercise`.
public struct DropoutCases<Implementation: DropoutExercise>: ExerciseAdapter {
    /// The exercise's name in fixtures and on the command line.
    public static var exercise: String { "dropout" }

    private let implementation: Implementation

    /// Wraps the implementation to grade (the student's or the reference).
    public init(_ implementation: Implementation) {
        self.implementation = implementation
    }

    /// Runs `forward_propagation_with_dropout` (inputs `X, parameters, keep_prob`; outputs `A3`, `cache`)
    /// or `backward_propagation_with_dropout` (inputs `X, Y, cache, keep_prob`; output `gradients`).
    public func run(function: String, inputs: [String: Value]) throws -> [String: Value] {
        let inputs = CaseInputs(inputs)
        switch function {
        case "forward_propagation_with_dropout":
            let (A3, cache) = implementation.forwardPropagationWithDropout(
                X: try inputs.matrix("X"), parameters: try inputs.matrices("parameters"),
                keepProb: try inputs.double("keep_prob"))
            return ["A3": .matrix(A3), "cache": .dropoutCache(cache)]
        case "backward_propagation_with_dropout":
            let gradients = implementation.backwardPropagationWithDropout(
                X: try inputs.matrix("X"), Y: try inputs.matrix("Y"),
                cache: try inputs.dropoutCache("cache"), keepProb: try inputs.double("keep_prob"))
            return ["gradients": .matrices(gradients)]
        default:
            throw AdapterError.unknownFunction(exercise: Self.exercise, function: function)
        }
    }
}
