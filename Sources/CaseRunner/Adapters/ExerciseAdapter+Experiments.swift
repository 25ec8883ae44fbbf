import Assignments
import Experiments
import WorkerProtocol
import NumericCore

extension ExerciseAdapter {
    /// Runs the notebooks' experiments in an experiment worker: one work item per experiment.
    ///
    /// The grader's generated `main.swift` fills `ExperimentImplementations` with the student's types of
    /// the exercises that compiled and calls `Worker.serve(.experiments(implementations))`. A work item's
    /// function is the experiment's name; its inputs are the dataset, `train_X`, `train_Y` and, when the
    /// notebook has a test set, `test_X`, `test_Y`. Outputs: `TrainingOutputs` (the trained `W1…b3` and
    /// the recorded costs); the grader computes the accuracies itself from the parameters: nothing this
    /// process says about them would be trusted. Progress goes to the grader as `progress <case> <fraction>`
    /// lines.
    public static func experiments(_ implementations: ExperimentImplementations) -> ExerciseAdapter {
        let train = { (experiment: Experiment, inputs: CaseInputs) throws -> [String: Value] in
            let test: (X: Matrix, Y: Matrix)? = inputs.values["test_X"] != nil
                ? (try inputs.matrix("test_X"), try inputs.matrix("test_Y")) : nil
            let dataset = Dataset(
                name: experiment.notebook.dataset, trainX: try inputs.matrix("train_X"), trainY: try inputs.matrix("train_Y"),
                test: test)
            let outcome = try experiment.train(with: implementations, on: dataset, progress: Worker.reportProgress)
            return TrainingOutputs(parameters: outcome.parameters, costs: outcome.costs).values
        }
        return ExerciseAdapter(
            name: "experiments",
            functions: Dictionary(uniqueKeysWithValues: Experiment.all.map { experiment in
                (experiment.name, { inputs in try train(experiment, inputs) })
            }))
    }
}
