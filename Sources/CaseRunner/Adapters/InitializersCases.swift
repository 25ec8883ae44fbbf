import Assignments
import WorkerProtocol

/// Runs the `initializers` exercise's cases on an implementation of `InitializersExercise`.
public struct InitializersCases<Implementation: InitializersExercise>: ExerciseAdapter {
    /// The exercise's name in fixtures and on the command line.
    public static var exercise: String { "initializers" }

    private let implementation: Implementation

    /// Wraps the implementation to grade (the student's or the reference).
    public init(_ implementation: Implementation) {
        self.implementation = implementation
    }

    /// Runs `initialize_parameters_zeros`, `_random` or `_he` on `layers_dims`; the output is `parameters`.
    public func run(function: String, inputs: [String: Value]) throws -> [String: Value] {
        let inputs = CaseInputs(inputs)
        let parameters: Parameters
        switch function {
        case "initialize_parameters_zeros":
            parameters = implementation.initializeParametersZeros(layersDims: try inputs.ints("layers_dims"))
        case "initialize_parameters_random":
            parameters = implementation.initializeParametersRandom(layersDims: try inputs.ints("layers_dims"))
        case "initialize_parameters_he":
            parameters = implementation.initializeParametersHe(layersDims: try inputs.ints("layers_dims"))
        default:
            throw AdapterError.unknownFunction(exercise: Self.exercise, function: function)
        }
        return ["parameters": .matrices(parameters)]
    }
}
