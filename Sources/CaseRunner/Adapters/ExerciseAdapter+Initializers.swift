import Assignments
import WorkerProtocol

extension ExerciseAdapter {
    /// Runs the `initializers` cases on an implementation of `InitializersExercise`: `initialize_parameters_zeros`, `_random` or `_he` on `layers_dims`; the output is `parameters`.
    public static func initializers(_ implementation: some InitializersExercise) -> ExerciseAdapter {
        ExerciseAdapter(name: Exercise.initializers.name) { function, inputs in
            let parameters: Parameters
            switch function {
            case "initialize_parameters_zeros":
                parameters = implementation.initializeParametersZeros(layersDims: try inputs.ints("layers_dims"))
            case "initialize_parameters_random":
                parameters = implementation.initializeParametersRandom(layersDims: try inputs.ints("layers_dims"))
            case "initialize_parameters_he":
                parameters = implementation.initializeParametersHe(layersDims: try inputs.ints("layers_dims"))
            default:
                return nil
            }
            return ["parameters": .matrices(parameters)]
        }
    }
}
