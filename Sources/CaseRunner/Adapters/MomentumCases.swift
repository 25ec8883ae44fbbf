import Assignments
import WorkerProtocol

/// Runs the `momentum` exercise's cases on an implementation of `MomentumExercise`.
public struct MomentumCases<Implementation: MomentumExercise>: ExerciseAdapter {
    /// The exercise's name in fixtures and on the command line.
    public static var exercise: String { "momentum" }

    private let implementation: Implementation

    /// Wraps the implementation to grade (the student's or the reference).
    public init(_ implementation: Implementation) {
        self.implementation = implementation
    }

    /// Runs `initialize_velocity` (input `parameters`; output `v`) or `update_parameters_with_momentum`
    /// (inputs `parameters, grads, v, beta, learning_rate`; outputs `parameters`, `v`).
    public func run(function: String, inputs: [String: Value]) throws -> [String: Value] {
        let inputs = CaseInputs(inputs)
        switch function {
        case "initialize_velocity":
            let v = implementation.initializeVelocity(parameters: try inputs.matrices("parameters"))
            return ["v": .matrices(v)]
        case "update_parameters_with_momentum":
            let (parameters, v) = implementation.updateParametersWithMomentum(
                parameters: try inputs.matrices("parameters"), grads: try inputs.matrices("grads"),
                v: try inputs.matrices("v"), beta: try inputs.double("beta"),
                learningRate: try inputs.double("learning_rate"))
            return ["parameters": .matrices(parameters), "v": .matrices(v)]
        default:
            throw AdapterError.unknownFunction(exercise: Self.exercise, function: function)
        }
    }
}
