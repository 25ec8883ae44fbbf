import Foundation

/// Grades a class: every submission of a folder (or of one shard of it), several at once, each in the
/// sandbox through its own `GradingEngine`, with per-submission reports and a record under the output
/// folder (`BatchFolder`).
///
/// A submission whose record holds the same `GradeKey` is skipped, so a rerun grades only what changed. A
/// submission that does not compile, crashes or loops is graded like any other: only the grader's own
/// failures (a `GraderFailure`, a report that cannot be written, a case the grader could not run) make an
/// infrastructure error, which is tried once more at the end of the run and, failing again, recorded
/// as such and never scored.
public struct BatchGrader: Sendable {
    /// Grades one submission: what `GradingEngine` does, or a stand-in in tests.
    public typealias Grade = @Sendable (GradingOptions) throws -> RunResult

    /// Grades with a fresh `GradingEngine` (the sandbox, fixtures and worker cache of this grader).
    public static let engine: Grade = { try GradingEngine(options: $0).run() }

    /// What to do.
    public var options: BatchOptions
    /// The fingerprint of the grader build (`GradeKey.runningGrader()`).
    public var graderBuild: String
    /// How one submission is graded.
    public var grade: Grade

    /// Creates a batch.
    public init(options: BatchOptions, graderBuild: String, grade: @escaping Grade = BatchGrader.engine) {
        self.options = options
        self.graderBuild = graderBuild
        self.grade = grade
    }

    /// Grades the shard's submissions.
    ///
    /// - Parameter onEvent: told of the plan and of each submission as it is finished with, from any thread.
    /// - Returns: how each submission ended.
    /// - Throws: `GraderFailure` when the submissions folder cannot be read or the output folder cannot be
    ///   made; a single submission's failure never throws.
    public func run(onEvent: @escaping @Sendable (BatchEvent) -> Void = { _ in }) throws -> BatchSummary {
        let clock = DispatchTime.now().uptimeNanoseconds
        let listing = try Submission.discover(in: options.submissionsFolder)
        let mine = listing.submissions.filter { options.shard.contains($0.name) }
        try prepareOutput()
        onEvent(.planned(total: mine.count))
        let base = GradeKey(
            grader: graderBuild, fixtures: GradeKey.fixtures(extraDirectory: options.grading.extraFixtures),
            options: GradeKey.options(options.grading), content: "")
        let outcomes = OutcomeTable(count: mine.count)
        parallel(Array(mine.indices)) { index in
            let submission = mine[index]
            var key = base
            key.content = GradeKey.content(of: submission.exercisesDirectory)
            if let record = options.output.readRecord(of: submission.name), record.status == .graded, record.key == key {
                outcomes.set(index, .current)
                onEvent(.finished(submission: submission.name, outcome: .current, willRetry: false))
                return
            }
            let outcome: BatchOutcome
            switch attempt(submission, key: key, attempts: 1) {
            case .success(let graded): outcome = graded
            case .failure(let failure): outcome = .infrastructureError(failure.line)
            }
            outcomes.set(index, outcome)
            onEvent(.finished(submission: submission.name, outcome: outcome, willRetry: outcome.isInfrastructureError))
        }
        let firstPass = outcomes.values
        let retries = firstPass.indices.filter { firstPass[$0].isInfrastructureError }
        parallel(retries) { index in
            let submission = mine[index]
            var key = base
            key.content = GradeKey.content(of: submission.exercisesDirectory)
            let outcome: BatchOutcome
            switch attempt(submission, key: key, attempts: 2) {
            case .success(let graded): outcome = graded
            case .failure(let failure):
                outcome = .infrastructureError(failure.line)
                recordFailure(submission, key: key, failure: failure)
            }
            outcomes.set(index, outcome)
            onEvent(.finished(submission: submission.name, outcome: outcome, willRetry: false))
        }
        return BatchSummary(
            outcomes: zip(mine, outcomes.values).map { ($0.name, $1) }, otherShards: listing.submissions.count - mine.count,
            ignored: listing.ignored, seconds: Double(DispatchTime.now().uptimeNanoseconds - clock) / 1e9)
    }

    /// Why one attempt failed, in the grader's one line, and how long it took.
    struct AttemptFailure: Error {
        var line: String
        var seconds: Double
    }

    /// Grades one submission and writes its reports and record.
    private func attempt(_ submission: Submission, key: GradeKey, attempts: Int) -> Result<BatchOutcome, AttemptFailure> {
        let clock = DispatchTime.now().uptimeNanoseconds
        let folder = options.output
        var grading = options.grading
        grading.exercisesDirectory = submission.exercisesDirectory
        grading.concurrency = max(1, ProcessInfo.processInfo.activeProcessorCount / max(1, options.jobs))
        do {
            let reports: [any ReportWriter] = [
                JUnitReport(path: folder.junit(of: submission.name).path),
                MarkdownReport(path: folder.markdown(of: submission.name).path, environment: [:]),
                ExercismResultsReport(path: folder.results(of: submission.name).path),
            ]
            try ReportFile.claim([("record", folder.record(of: submission.name).path)] + reports.map { ($0.name, $0.path) })
            let run = try grade(grading)
            if let unrun = run.allCases.first(where: { $0.errorKind == .internalError }) {
                throw GraderFailure("\(unrun.exercise) \(unrun.id): \(unrun.message)")
            }
            for report in reports { try report.write(run) }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - clock) / 1e9
            let record = SubmissionRecord(
                submission: submission.name, status: .graded, key: key, attempts: attempts, seconds: seconds,
                finishedAt: Date(), run: run)
            try ReportFile.replace(folder.record(of: submission.name).path, with: try record.encoded(), report: "record")
            return .success(.graded(points: run.points, maxPoints: run.maxPoints))
        } catch {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - clock) / 1e9
            return .failure(AttemptFailure(line: Self.line(error), seconds: seconds))
        }
    }

    /// Records a submission the grader could not grade twice; if even that cannot be written, the run's
    /// summary still says so.
    private func recordFailure(_ submission: Submission, key: GradeKey, failure: AttemptFailure) {
        let record = SubmissionRecord(
            submission: submission.name, status: .infrastructureError, key: key, attempts: 2, failure: failure.line,
            seconds: failure.seconds, finishedAt: Date())
        if let bytes = try? record.encoded() {
            try? ReportFile.replace(options.output.record(of: submission.name).path, with: bytes, report: "record")
        }
    }

    /// The output folder and, when given, the roster beside the reports.
    private func prepareOutput() throws {
        do {
            try FileManager.default.createDirectory(at: options.output.submissions, withIntermediateDirectories: true)
        } catch {
            throw GraderFailure("cannot create the batch folder \(options.output.submissions.path): \(error.localizedDescription)")
        }
        if let roster = options.roster {
            do {
                try ReportFile.replace(options.output.roster.path, with: Data(roster.csvText.utf8), report: "roster")
            } catch {
                throw GraderFailure("\(error)")
            }
        }
    }

    /// Runs `body` for each item, `options.jobs` at a time.
    private func parallel(_ items: [Int], _ body: @Sendable (Int) -> Void) {
        let next = AtomicCounter()
        DispatchQueue.concurrentPerform(iterations: max(1, min(options.jobs, items.count))) { _ in
            while let position = next.take(below: items.count) { body(items[position]) }
        }
    }

    /// An error as the one line the grader prints for it.
    private static func line(_ error: Error) -> String {
        let text = (error as? UserFacingError)?.userMessage ?? "\(error)"
        return text.split(separator: "\n").first.map(String.init) ?? text
    }
}

/// The outcome of each submission, filled in from several threads.
private final class OutcomeTable: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [BatchOutcome?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ outcome: BatchOutcome) {
        lock.withLock { slots[index] = outcome }
    }

    var values: [BatchOutcome] {
        lock.withLock { slots.map { $0 ?? .infrastructureError("the batch did not finish with this submission") } }
    }
}
