import Assignments
import WorkerProtocol

extension ExerciseAdapter {
    /// Runs the `gradient_descent` cases on an implementation of `GradientDescentExercise`: `update_parameters_with_gd`
    /// (inputs `parameters, grads, learning_rate`; output `parameters`) or `random_mini_batches` (inputs `X, Y,
    /// mini_batch_size, seed`; output `mini_batches`, a list of `(X batch, Y batch)` tuples with the Y batches as
    /// masks).
    public static func gradientDescent(_ implementation: some GradientDescentExercise) -> ExerciseAdapter {
        ExerciseAdapter(name: Exercise.gradientDescent.name, functions: [
            "update_parameters_with_gd": { inputs in
                let parameters = implementation.updateParametersWithGD(
                    parameters: try inputs.matrices("parameters"), grads: try inputs.matrices("grads"),
                    learningRate: try inputs.double("learning_rate"))
                return ["parameters": .matrices(parameters)]
            },
            "random_mini_batches": { inputs in
                let seed = try inputs.int("seed")
                guard (0...Int(UInt32.max)).contains(seed) else {
                    throw AdapterError.wrongInput(name: "seed", expected: "int in 0..<2^32", got: "int \(seed)")
                }
                let miniBatches = implementation.randomMiniBatches(
                    X: try inputs.matrix("X"), Y: try inputs.matrix("Y"),
                    miniBatchSize: try inputs.int("mini_batch_size"), seed: seed)
                return ["mini_batches": .list(miniBatches.map { .tuple([.matrix($0.X), .mask($0.Y)]) })]
            },
        ])
    }
}
