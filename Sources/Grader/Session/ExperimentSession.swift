import Experiments
import Foundation

/// One `grader experiments`: trains the chosen experiments with the student's (or the reference)
/// functions, judges them against the notebooks' results and writes the reports.
public struct ExperimentSession: Sendable {
    /// Seconds one training may run unless told otherwise; `grader run --experiments` allows at least this.
    public static let defaultTimeout: Double = 300

    /// The experiments to train, in the notebooks' order.
    public var experiments: [Experiment]
    /// The student's files or the reference.
    public var solution: Solution
    /// The folder holding `<exercise>/*.swift`.
    public var exercisesDirectory: URL
    /// Seconds one training may run.
    public var timeout: Double
    /// The isolation asked for.
    public var sandbox: SandboxPolicy
    /// Seconds one exercise's compile may take.
    public var compileTimeout: Double
    /// The reports to write.
    public var reports: [any ReportWriter]

    /// Creates a session.
    public init(
        experiments: [Experiment], solution: Solution, exercisesDirectory: URL, timeout: Double = defaultTimeout,
        sandbox: SandboxPolicy, compileTimeout: Double = 60, reports: [any ReportWriter]
    ) {
        self.experiments = experiments
        self.solution = solution
        self.exercisesDirectory = exercisesDirectory
        self.timeout = timeout
        self.sandbox = sandbox
        self.compileTimeout = compileTimeout
        self.reports = reports
    }

    /// Trains, judges, writes the reports.
    ///
    /// - Parameter onTraining: called with an experiment's name and the fraction of it done, from the
    ///   watching threads.
    /// - Returns: a run holding the experiments alone.
    /// - Throws: a `UserFacingError` when the grader itself cannot work: a report path that cannot be
    ///   written, a sandbox that cannot start, an unusable build folder, a damaged shipped dataset.
    public func run(onTraining: @escaping @Sendable (String, Double) -> Void = { _, _ in }) throws -> RunResult {
        let startedAt = Date()
        let clock = DispatchTime.now().uptimeNanoseconds
        try ReportFile.claim(reports)
        let sandbox = try Sandbox.prepare(sandbox)
        let runner = try ExperimentRunner(
            solution: solution, exercisesDirectory: exercisesDirectory, timeout: timeout, sandbox: sandbox,
            compileTimeout: compileTimeout)
        let results = try runner.run(experiments, onProgress: onTraining)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - clock) / 1e9
        let run = RunResult(
            exercises: [], solution: solution.rawValue, isolation: sandbox.level, startedAt: startedAt, duration: seconds,
            experiments: results)
        for report in reports { try report.write(run) }
        return run
    }
}
