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
/// checkpoints is within `costRelativeTolerance` of the notebook's (both from the oracle's file).
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

    /// The result of an experiment that ran (or tried to) in a worker.
    func judge(_ experiment: Experiment, execution: CaseExecution) -> ExperimentResult {
        switch execution {
        case .reported(.returned(let outputs, _), _, let seconds):
            return trained(experiment, outputs: outputs, seconds: seconds)
        case .reported(.notImplemented(let function), _, let seconds):
            return errored(experiment, "not implemented: \(function) still calls notImplemented()",
                           details: "The training calls \(function); implement it first.", seconds: seconds)
        case .reported(.adapterFailed(let message), _, let seconds):
            return errored(experiment, "the grader could not run this experiment: \(message)", details: "", seconds: seconds)
        case .crashed(let termination, let output, let seconds):
            let parsed = CrashOutput(output.text, studentFolder: studentFolder, displayFolder: displayFolder)
            let crash = CrashReport(
                termination: termination, runtimeMessage: parsed.runtimeMessage, frames: parsed.studentFrames)
            var result = errored(experiment, crash.summary(of: "the training"), details: parsed.text, seconds: seconds)
            result.crash = crash
            return result
        case .timedOut(let limit, _):
            return errored(experiment, "did not finish within \(ReportNumbers.duration(limit)); the worker was killed",
                           details: "Raise --timeout if your machine is slow.", seconds: limit)
        case .brokeProtocol(let detail, _, let seconds):
            return errored(experiment, "the training wrote on the worker's channel to the grader (\(detail))",
                           details: "Print with print() only.", seconds: seconds)
        case .workerFailed(let reason):
            return errored(experiment, "the grader could not run this experiment: \(reason)", details: "", seconds: 0)
        }
    }

    /// The result of an experiment a needed exercise of which did not compile.
    func compileError(_ experiment: Experiment, exercise: String, diagnostics: String) -> ExperimentResult {
        errored(experiment, "\(exercise) did not compile: \(CompilerDiagnostics.headline(diagnostics))",
                details: diagnostics, seconds: 0)
    }

    private func trained(_ experiment: Experiment, outputs: [String: Value], seconds: Double) -> ExperimentResult {
        guard case .matrix(let costMatrix)? = outputs["costs"], costMatrix.rows == 2,
              case .dict(let parameterValues)? = outputs["parameters"] else {
            return errored(experiment, "the experiment worker returned no parameters or costs", details: "", seconds: seconds)
        }
        // The accuracies come from the returned parameters, computed here: a worker runs student code,
        // which could write any number into its report.
        guard let network = Self.network(parameterValues, inputs: dataset.trainX.rows) else {
            return errored(experiment, "the training returned parameters that are not a three-layer network "
                           + "(W1…b3 of matching shapes)", details: "", seconds: seconds)
        }
        let train = ThreeLayerNetwork.accuracy(dataset.trainX, dataset.trainY, network)
        let test = dataset.test.map { ThreeLayerNetwork.accuracy($0.X, $0.Y, network) }
        let costs = (0..<costMatrix.columns).map { CostPoint(step: Int(costMatrix[0, $0]), cost: costMatrix[1, $0]) }
        var parameters: [String: StoredMatrix] = [:]
        for (key, value) in parameterValues {
            if case .matrix(let m) = value { parameters[key] = StoredMatrix(m) }
        }
        let expected = notebook.results[experiment.name]!
        var problems: [String] = []
        checkAccuracy("training", got: train, want: expected.trainAccuracy, examples: dataset.trainY.columns, into: &problems)
        if let want = expected.testAccuracy, let examples = dataset.test?.Y.columns {
            checkAccuracy("test", got: test ?? .nan, want: want, examples: examples, into: &problems)
        }
        if expected.costsCompared {
            let got = Dictionary(costs.map { ($0.step, $0.cost) }, uniquingKeysWith: { first, _ in first })
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
        let message = problems.first.map { "off the notebook: \($0)" } ?? "matches the notebook: \(summary)"
        let details = problems.count > 1 ? problems.joined(separator: "\n") : ""
        return ExperimentResult(
            name: experiment.name, title: experiment.title, notebook: experiment.notebook.title,
            dataset: experiment.notebook.dataset, exercises: experiment.exercises, status: problems.isEmpty ? .passed : .failed,
            message: message, details: details, trainAccuracy: train, testAccuracy: test, costs: costs,
            parameters: parameters, notebookResult: expected, duration: seconds)
    }

    /// The widest hidden layer a returned network may have (the notebooks' are at most 20 wide): the
    /// grader runs the network, so a worker may not make it allocate without bound.
    static let maximumLayerWidth = 1024

    /// The parameters as a network that `ThreeLayerNetwork.forward` can run on `inputs` features: W1 is
    /// (n1, inputs), b1 (n1, 1), W2 (n2, n1), b2 (n2, 1), W3 (1, n2), b3 (1, 1); nil for anything else.
    static func network(_ values: [String: Value], inputs: Int) -> Parameters? {
        var parameters: Parameters = [:]
        for name in ["W1", "b1", "W2", "b2", "W3", "b3"] {
            guard case .matrix(let matrix)? = values[name] else { return nil }
            parameters[name] = matrix
        }
        guard parameters.count == 6, values.count == 6 else { return nil }
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

    private func errored(_ experiment: Experiment, _ message: String, details: String, seconds: Double) -> ExperimentResult {
        ExperimentResult(
            name: experiment.name, title: experiment.title, notebook: experiment.notebook.title,
            dataset: experiment.notebook.dataset, exercises: experiment.exercises, status: .error, message: message,
            details: details, trainAccuracy: nil, testAccuracy: nil, costs: [], parameters: [:],
            notebookResult: notebook.results[experiment.name]!, duration: seconds)
    }
}
