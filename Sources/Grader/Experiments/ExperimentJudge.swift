import Assignments
import Experiments
import NotebookData
import Fixtures
import Foundation
import NumericCore

/// Turns how an experiment ran into its graded result, beside the notebook's.
///
/// An experiment passes when each accuracy is within `accuracyMarginExamples` examples of the
/// notebook's and, unless the notebooks disagree on them, every cost at the notebook's printed
/// checkpoints is within `costRelativeTolerance` of the notebook's (both from the oracle's file). An
/// experiment that did not train is judged as a case is (`CaseJudge`): a compile error, a crash, a
/// timeout or a function not implemented reads the same in both.
struct ExperimentJudge {
    /// The notebooks' results and margins.
    var notebook: NotebookResults
    /// The dataset trained on (its sizes turn examples into accuracy margins).
    var dataset: Dataset
    /// The exercises folder as the worker's debug information names it (`WorkerBuilder.debugRoot`), to
    /// find the student's frames in a crash backtrace.
    var studentFolder: String
    /// That folder as the student reads it, e.g. `exercises`.
    var displayFolder: String

    /// The pseudo-exercise experiments' verdicts belong to.
    static let exercise = "experiments"

    /// The result of an experiment that ran (or tried to) in a worker.
    func judge(_ experiment: Experiment, execution: CaseExecution) -> ExperimentResult {
        guard case .reported(.returned(let values, _), let output, let seconds) = execution else {
            return result(experiment, caseJudge().judge(Self.asCase(experiment), execution: execution))
        }
        guard let outputs = TrainingOutputs(values: values) else {
            return failed(experiment, "the experiment worker returned no parameters or costs", output: output, seconds: seconds)
        }
        // The accuracies come from the returned parameters, computed here: a worker runs student code,
        // which could write any number into its report.
        guard let network = Self.network(outputs.parameters, inputs: dataset.trainX.rows) else {
            return failed(experiment, "the training returned parameters that are not a three-layer network "
                          + "(W1…b3 of matching shapes)", output: output, seconds: seconds)
        }
        return trained(experiment, outputs: outputs, network: network, output: output, seconds: seconds)
    }

    /// The result of an experiment whose worker could not be built, charged to `exercise` as the exercise's
    /// cases are: its compile error, files that cannot be compiled, or a compiler that failed (the grader's fault).
    func unbuilt(_ experiment: Experiment, exercise: String, build: WorkerBuild) -> ExperimentResult {
        result(experiment, caseJudge(exercise: exercise).unbuilt(Self.asCase(experiment), build: build))
    }

    private func trained(
        _ experiment: Experiment, outputs: TrainingOutputs, network: Parameters, output: CapturedOutput, seconds: Double
    ) -> ExperimentResult {
        let train = ThreeLayerNetwork.accuracy(dataset.trainX, dataset.trainY, network)
        let test = dataset.test.map { ThreeLayerNetwork.accuracy($0.X, $0.Y, network) }
        let expected = notebook.results[experiment.name]!
        var problems: [String] = []
        checkAccuracy("training", got: train, want: expected.trainAccuracy, examples: dataset.trainY.columns, into: &problems)
        if let want = expected.testAccuracy, let examples = dataset.test?.Y.columns {
            checkAccuracy("test", got: test ?? .nan, want: want, examples: examples, into: &problems)
        }
        if expected.costsCompared {
            let got = Dictionary(outputs.costs.map { ($0.step, $0.cost) }, uniquingKeysWith: { first, _ in first })
            let unit = experiment.notebook == .optimization ? "epoch" : "iteration"
            for point in expected.costs where point.step % expected.printedEvery == 0 {
                let value = got[point.step] ?? .nan
                if !(abs(value - point.cost) <= notebook.costRelativeTolerance * abs(point.cost)) {
                    problems.append("cost after \(unit) \(point.step): \(ReportNumbers.cost(value)), the notebook's "
                                    + "\(ReportNumbers.cost(point.cost))")
                }
            }
        }
        let summary = "training accuracy \(ReportNumbers.accuracyPercent(train))"
            + (test.map { ", test accuracy \(ReportNumbers.accuracyPercent($0))" } ?? "")
        let verdict = verdict(
            experiment, status: problems.isEmpty ? .passed : .failed,
            message: problems.first.map { "off the notebook: \($0)" } ?? "matches the notebook: \(summary)",
            details: problems.count > 1 ? problems.joined(separator: "\n") : "", output: output, seconds: seconds)
        let training = ExperimentTraining(
            trainAccuracy: train, testAccuracy: test, costs: outputs.costs,
            parameters: network.mapValues(StoredMatrix.init))
        return result(experiment, verdict, training: training)
    }

    /// The widest hidden layer a returned network may have (the notebooks' are at most 20 wide): the
    /// grader runs the network, so a worker may not make it allocate without bound.
    static let maximumLayerWidth = 1024

    /// The parameters, when they are a network that `ThreeLayerNetwork.forward` can run on `inputs`
    /// features: W1 is (n1, inputs), b1 (n1, 1), W2 (n2, n1), b2 (n2, 1), W3 (1, n2), b3 (1, 1); nil for
    /// anything else.
    static func network(_ parameters: Parameters, inputs: Int) -> Parameters? {
        guard parameters.count == 6, ["W1", "b1", "W2", "b2", "W3", "b3"].allSatisfy({ parameters[$0] != nil }) else { return nil }
        let W1 = parameters["W1"]!, b1 = parameters["b1"]!, W2 = parameters["W2"]!
        let b2 = parameters["b2"]!, W3 = parameters["W3"]!, b3 = parameters["b3"]!
        let fits = W1.columns == inputs && W1.rows <= maximumLayerWidth && W2.rows <= maximumLayerWidth && b1.rows == W1.rows && b1.columns == 1
            && W2.columns == W1.rows && b2.rows == W2.rows && b2.columns == 1
            && W3.rows == 1 && W3.columns == W2.rows && b3.rows == 1 && b3.columns == 1
        return fits ? parameters : nil
    }

    private func checkAccuracy(_ set: String, got: Double, want: Double, examples: Int, into problems: inout [String]) {
        let apart = (abs(got - want) * Double(examples)).rounded()
        guard !(apart <= Double(notebook.accuracyMarginExamples)) else { return }
        problems.append("\(set) accuracy \(ReportNumbers.accuracyPercent(got)), the notebook's \(ReportNumbers.accuracyPercent(want)) "
                        + "(\(apart.isFinite ? String(Int(apart)) : "all") of \(examples) examples apart; "
                        + "at most \(notebook.accuracyMarginExamples) allowed)")
    }

    /// A trained experiment whose outputs do not fit a training's: a wrong answer, as a case's would be.
    private func failed(_ experiment: Experiment, _ message: String, output: CapturedOutput, seconds: Double) -> ExperimentResult {
        result(experiment, verdict(experiment, status: .failed, message: message, details: "", output: output, seconds: seconds))
    }

    private func verdict(
        _ experiment: Experiment, status: CaseStatus, message: String, details: String, output: CapturedOutput, seconds: Double
    ) -> CaseResult {
        let asCase = Self.asCase(experiment)
        return CaseResult(
            id: asCase.id, exercise: Self.exercise, function: asCase.function, isHidden: false, description: asCase.description,
            call: NotebookCall.text(asCase, revealInputs: true), status: status, points: 0, maxPoints: 0, message: message,
            details: details, output: output.shown, duration: seconds)
    }

    private func result(_ experiment: Experiment, _ verdict: CaseResult, training: ExperimentTraining? = nil) -> ExperimentResult {
        ExperimentResult(
            verdict: verdict, title: experiment.title, notebook: experiment.notebook.title, dataset: experiment.notebook.dataset,
            exercises: experiment.exercises.map(\.name), training: training, notebookResult: notebook.results[experiment.name]!)
    }

    /// Judges an experiment's verdict as a case of `exercise`.
    private func caseJudge(exercise: String = Self.exercise) -> CaseJudge {
        CaseJudge(exercise: exercise, revealHidden: true, studentFolder: studentFolder, displayFolder: displayFolder)
    }

    /// The experiment as the case its verdict describes: public, worth no points, its inputs the dataset
    /// (not listed) and its expected values the notebook's (compared here, not by the case comparator).
    static func asCase(_ experiment: Experiment) -> FixtureCase {
        FixtureCase(
            id: experiment.name, function: experiment.name, description: experiment.title, visibility: .public, points: 0,
            provenance: "the \(experiment.notebook.title) notebook's training", tolerance: Tolerance(rtol: 0, atol: 0),
            inputs: [:], expected: [:])
    }
}
