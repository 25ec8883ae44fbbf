import Assignments
import WorkerProtocol

/// Runs the `adam` exercise's cases on an implementation of `AdamExercise`.
public struct AdamCases<Implementation: AdamExercise>: ExerciseAdapter {
    /// The exercise's name in fixtures and on the command line.
    public static var exercise: String { "adam" }

    private let implementation: Implementation

    /// Wraps the implementation to grade (the student's or the reference).
    public init(_ implementation: Implementation) {
        self.implementation = implementation
    }

    /// Runs `initialize_adam` (input `parameters`; outputs `v`, `s`) or `update_parameters_with_adam`
    /// (inputs `parameters, grads, v, s, t, learning_rate, beta1, beta2, epsilon`; outputs
    /// `parameters`, `v`, `s`, `v_corrected`, `s_corrected`).
    public func run(function: String, inputs: [String: Value]) throws -> [String: Value] {
        let inputs = CaseInputs(inputs)
        switch function {
        case "initialize_adam":
            let (v, s) = implementation.initializeAdam(parameters: try inputs.matrices("parameters"))
            return ["v": .matrices(v), "s": .matrices(s)]
        case "update_parameters_with_adam":
            let update = implementation.updateParametersWithAdam(
                parameters: try inputs.matrices("parameters"), grads: try inputs.matrices("grads"),
                v: try inputs.matrices("v"), s: try inputs.matrices("s"), t: try inputs.int("t"),
                learningRate: try inputs.double("learning_rate"), beta1: try inputs.double("beta1"),
                beta2: try inputs.double("beta2"), epsilon: try inputs.double("epsilon"))
            return [
                "parameters": .matrices(update.parameters), "v": .matrices(update.v), "s": .matrices(update.s),
                "v_corrected": .matrices(update.vCorrected), "s_corrected": .matrices(update.sCorrected),
            ]
        default:
            throw AdapterError.unknownFunction(exercise: Self.exercise, function: function)
        }
    }
}
