import Assignments
import Experiments
import NotebookData
import Fixtures
import Foundation

/// Trains the notebooks' experiments with the student's (or the reference) functions, in workers.
///
/// Per notebook, one experiment worker links the modules of every exercise its selected experiments
/// need that compiles (the modules the exercises' case workers link, compiled once and cached), with a
/// generated main filling `ExperimentImplementations`. An experiment that needs an exercise that does
/// not compile is charged with that exercise's compile error; the others still train. Each experiment
/// is one work item: a crash or a timeout costs that experiment alone. Notebooks train two at a time.
public struct ExperimentRunner: Sendable {
    /// The student's files or the reference.
    public var solution: Solution
    /// The folder holding `<exercise>/*.swift`.
    public var exercisesDirectory: URL
    /// Seconds one training may run.
    public var timeout: Double
    /// Compiles workers.
    public var builder: WorkerBuilder

    /// Creates a runner for the running grader's build folder.
    ///
    /// - Throws: `GraderFailure` when the build folder is unusable.
    public init(
        solution: Solution, exercisesDirectory: URL, timeout: Double, sandbox: Sandbox, compileTimeout: Double = 60
    ) throws {
        self.solution = solution
        self.exercisesDirectory = exercisesDirectory
        self.timeout = timeout
        self.builder = WorkerBuilder(
            products: try BuildProducts.ofRunningGrader(), sandbox: sandbox, compileTimeout: compileTimeout)
    }

    /// Trains the experiments and judges them against the notebooks' results.
    ///
    /// - Parameters:
    ///   - experiments: the experiments to train, in the notebooks' order.
    ///   - onProgress: called with an experiment's name and the fraction of it done, from the watching threads.
    /// - Returns: one result per experiment, in the given order.
    /// - Throws: `GraderFailure` when the grader itself cannot work; `ExperimentDataError` when a
    ///   shipped dataset or the notebooks' results are unreadable.
    public func run(
        _ experiments: [Experiment], onProgress: @escaping @Sendable (String, Double) -> Void = { _, _ in }
    ) throws -> [ExperimentResult] {
        let notebook = try NotebookResults.load()
        let groups = ExperimentNotebook.allCases.map { group in experiments.filter { $0.notebook == group } }
            .filter { !$0.isEmpty }
        let collector = ResultCollector<[ExperimentResult]>(count: groups.count)
        let nextIndex = AtomicCounter()
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, groups.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = nextIndex.take(below: groups.count) {
                collector.store(index, Result { try runNotebook(groups[index], notebook: notebook, onProgress: onProgress) })
            }
        }
        let byName = Dictionary(uniqueKeysWithValues: try collector.results().flatMap { $0 }.map { ($0.name, $0) })
        return experiments.compactMap { byName[$0.name] }
    }

    /// Builds one notebook's worker and trains its experiments.
    private func runNotebook(
        _ experiments: [Experiment], notebook: NotebookResults, onProgress: @escaping @Sendable (String, Double) -> Void
    ) throws -> [ExperimentResult] {
        let group = experiments[0].notebook
        let dataset = try Dataset.load(named: group.dataset)
        let judge = ExperimentJudge(
            notebook: notebook, dataset: dataset, studentFolder: WorkerBuilder.debugRoot,
            displayFolder: DisplayPath.relative(exercisesDirectory, in: exercisesDirectory))
        let needed = Exercise.allCases.filter { exercise in experiments.contains { $0.exercises.contains(exercise) } }
        var modules: [ExerciseModule] = []
        var unbuilt: [Exercise: WorkerBuild] = [:]
        if solution == .student {
            for exercise in needed {
                switch try builder.compile(exercise, exercisesDirectory: exercisesDirectory) {
                case .compiled(let module): modules.append(module)
                case .unusable(let build): unbuilt[exercise] = build
                }
            }
        }
        let usable = needed.filter { unbuilt[$0] == nil }
        var results: [String: ExperimentResult] = [:]
        var runnable: [Experiment] = []
        for experiment in experiments {
            if let broken = experiment.exercises.first(where: { unbuilt[$0] != nil }) {
                results[experiment.name] = judge.unbuilt(experiment, exercise: broken.name, build: unbuilt[broken]!)
            } else {
                runnable.append(experiment)
            }
        }
        if !runnable.isEmpty {
            let build = try builder.link(
                named: "experiments-\(group.rawValue)", modules: modules,
                main: mainSource(group, exercises: usable), solution: solution)
            switch build {
            case .failed, .rejected, .toolchainFailed:
                for experiment in runnable {
                    results[experiment.name] = judge.unbuilt(experiment, exercise: ExperimentJudge.exercise, build: build)
                }
            case .ready(let worker):
                let order = WorkOrder(items: runnable.map { WorkItem(id: $0.name, function: $0.name, inputs: inputs(dataset)) })
                let names = runnable.map(\.name)
                let supervisor = WorkerSupervisor(timeout: timeout, sandbox: builder.sandbox) { index, fraction in
                    if index < names.count { onProgress(names[index], fraction) }
                }
                let executions = try supervisor.run(worker: worker, order: order)
                for (experiment, execution) in zip(runnable, executions) {
                    results[experiment.name] = judge.judge(experiment, execution: execution)
                }
            }
        }
        return experiments.compactMap { results[$0.name] }
    }

    /// The dataset as a work item's inputs: `train_X`, `train_Y`, and `test_X`, `test_Y` when present.
    private func inputs(_ dataset: Dataset) -> [String: Value] {
        var inputs: [String: Value] = ["train_X": .matrix(dataset.trainX), "train_Y": .matrix(dataset.trainY)]
        if let test = dataset.test {
            inputs["test_X"] = .matrix(test.X)
            inputs["test_Y"] = .matrix(test.Y)
        }
        return inputs
    }

    /// The generated `main.swift`: the implementations of the exercises compiled in, then the worker loop.
    private func mainSource(_ group: ExperimentNotebook, exercises: [Exercise]) -> String {
        let assignments = exercises.map { exercise in
            let module = solution == .student ? WorkerBuilder.submissionModule(exercise.swiftStem) : "ReferenceSolutions"
            let type = solution == .student ? "Student\(exercise.swiftStem)" : "Reference\(exercise.swiftStem)"
            return "implementations.\(exercise.swiftProperty) = \(module).\(type)()"
        }
        let imports = solution == .student
            ? exercises.map { "@testable import \(WorkerBuilder.submissionModule($0.swiftStem))" }.joined(separator: "\n")
            : "import ReferenceSolutions"
        return """
            // Generated by the grader: trains the \(group.rawValue) notebook's experiments with the \(solution.rawValue) functions.
            import CaseRunner
            import Experiments
            \(imports)

            var implementations = ExperimentImplementations()
            \(assignments.joined(separator: "\n"))
            Worker.serve(.experiments(implementations))

            """
    }
}
