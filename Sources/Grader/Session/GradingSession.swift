import Assignments
import Experiments
import Foundation

/// One `grader run`: grades the selected exercises, trains the experiments that call them when asked,
/// and writes the reports.
///
/// The report files are claimed before anything is graded, so a run that cannot finish leaves no report
/// claiming to be its result; the reports are written from the finished run, whatever happened to the
/// workers.
public struct GradingSession: Sendable {
    /// What to grade and how.
    public var options: GradingOptions
    /// Whether the notebooks' experiments train too (`--experiments`): a testsuite of their own.
    public var trainsExperiments: Bool
    /// The reports to write, in the order the command lists them.
    public var reports: [any ReportWriter]

    /// Creates a session.
    public init(options: GradingOptions, trainsExperiments: Bool = false, reports: [any ReportWriter]) {
        self.options = options
        self.trainsExperiments = trainsExperiments
        self.reports = reports
    }

    /// The experiments the session trains: those whose model calls a selected exercise (every one when
    /// no exercise is named), or none without `trainsExperiments`.
    public var experiments: [Experiment] {
        trainsExperiments ? Experiment.calling(options.exercises.compactMap(Exercise.init(rawValue:))) : []
    }

    /// Grades, trains, writes the reports.
    ///
    /// - Parameters:
    ///   - onExercise: called once per graded exercise, in course order (`Exercise.allCases`) (see `GradingEngine.run`).
    ///   - onTraining: called with an experiment's name and the fraction of it done, from the watching threads.
    /// - Returns: the run, its experiments included when they trained.
    /// - Throws: a `UserFacingError` when the grader itself cannot work: a report path that cannot be
    ///   written, a malformed fixture, a sandbox that cannot start, an unusable build folder.
    public func run(
        onExercise: @escaping @Sendable (ExerciseResult) -> Void = { _ in },
        onTraining: @escaping @Sendable (String, Double) -> Void = { _, _ in }
    ) throws -> RunResult {
        try ReportFile.claim(reports)
        let engine = try GradingEngine(options: options)
        var result = try engine.run(onExercise: onExercise)
        if trainsExperiments {
            let runner = try ExperimentRunner(
                solution: options.solution, exercisesDirectory: options.exercisesDirectory,
                timeout: max(options.timeout, ExperimentSession.defaultTimeout), sandbox: engine.builder.sandbox,
                compileTimeout: options.compileTimeout)
            result.experiments = try runner.run(experiments, onProgress: onTraining)
        }
        for report in reports { try report.write(result) }
        return result
    }
}
