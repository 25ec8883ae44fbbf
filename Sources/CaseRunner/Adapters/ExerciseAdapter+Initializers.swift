import Assignments
import WorkerProtocol

extension ExerciseAdapter {
    /// Runs the `initializers` cases on an implementation of `InitializersExercise`:
    /// `initialize_parameters_zeros`, `_random` or `_he` on `layers_dims`; the output is `parameters`.
    public static func initializers(_ implementation: some InitializersExercise) -> ExerciseAdapter {
        ExerciseAdapter(name: Exercise.initializers.name, functions: [
            "initialize_parameters_zeros": { inputs in
                ["parameters": .matrices(implementation.initializeParametersZeros(layersDims: try inputs.ints("layers_dims")))]
            },
            "initialize_parameters_random": { inputs in
                ["parameters": .matrices(implementation.initializeParametersRandom(layersDims: try inputs.ints("layers_dims")))]
            },
            "initialize_parameters_he": { inputs in
                ["parameters": .matrices(implementation.initializeParametersHe(layersDims: try inputs.ints("layers_dims")))]
            },
        ])
    }
}
