import Assignments
import WorkerProtocol

/// Runs the `gradient_check_n` exercise's cases on an implementation of `GradientCheckNExercise`.
public struct GradientCheckNCases<Implementation: GradientCheckNExercise>: ExerciseAdapter {
    /// The exercise's name in fixtures and on the command line.
    public static var exercise: String { "gradient_check_n" }

    private let implementation: Implementation

    /// Wraps the implementation to grade (the student's or the reference).
    public init(_ implementation: Implementation) {
        self.implementation = implementation
    }

    /// Runs `backward_propagation_n` (inputs `X, Y, cache`; output `gradients`) or `gradient_check_n`
    /// (inputs `parameters, gradients, X, Y, epsilon`; output `difference`).
    public func run(function: String, inputs: [String: Value]) throws -> [String: Value] {
        let inputs = CaseInputs(inputs)
        switch function {
        case "backward_propagation_n":
            let gradients = implementation.backwardPropagationN(
                X: try inputs.matrix("X"), Y: try inputs.matrix("Y"), cache: try inputs.forwardCache("cache"))
            return ["gradients": .matrices(gradients)]
        case "gradient_check_n":
            let difference = implementation.gradientCheckN(
                parameters: try inputs.matrices("parameters"), gradients: try inputs.matrices("gradients"),
                X: try inputs.matrix("X"), Y: try inputs.matrix("Y"), epsilon: try inputs.double("epsilon"))
            return ["difference": .float(difference)]
        default:
            throw AdapterError.unknownFunction(exercise: Self.exercise, function: function)
        }
    }
}
