import Assignments
import Fixtures
import Foundation

/// Grades exercises: builds each exercise's worker, runs its cases in isolation, judges the outputs.
///
/// Exercises are graded `options.concurrency` at a time (the machine's cores unless told); results come
/// back in course order (`Exercise.allCases`).
public struct GradingEngine: Sendable {
    /// What to grade and how.
    public var options: GradingOptions
    /// The fixtures to grade against.
    public var fixtures: FixtureSet
    /// Compiles workers.
    public var builder: WorkerBuilder

    /// Creates an engine for the running grader's build folder.
    ///
    /// - Throws: `FixtureError` for a malformed fixture, `GraderFailure` when the build folder or an
    ///   extra fixture folder is unusable, or the sandbox asked for cannot start.
    public init(options: GradingOptions) throws {
        self.options = options
        self.fixtures = try FixtureSet.load(extraDirectory: options.extraFixtures)
        self.builder = WorkerBuilder(
            products: try BuildProducts.ofRunningGrader(), sandbox: try Sandbox.prepare(options.sandbox),
            compileTimeout: options.compileTimeout)
    }

    /// The isolation student code runs under.
    public var isolation: IsolationLevel { builder.sandbox.level }

    /// The exercises this run grades, in course order (`Exercise.allCases`).
    public var selectedExercises: [Exercise] { options.selectedExercises }

    /// Grades every selected exercise.
    ///
    /// - Parameter onExercise: called once per exercise as soon as it and all before it are graded,
    ///   in course order (`Exercise.allCases`), so a terminal can print progressively.
    /// - Returns: the results of the run.
    /// - Throws: `GraderFailure` when the grader itself cannot work (an unwritable cache or work folder).
    public func run(onExercise: @escaping @Sendable (ExerciseResult) -> Void = { _ in }) throws -> RunResult {
        let startedAt = Date()
        let clock = DispatchTime.now().uptimeNanoseconds
        let exercises = selectedExercises
        let collector = ResultCollector<ExerciseResult>(count: exercises.count, onReady: onExercise)
        let workers = max(1, min(options.concurrency, exercises.count))
        let nextIndex = AtomicCounter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = nextIndex.take(below: exercises.count) {
                collector.store(index, Result { try grade(exercises[index]) })
            }
        }
        let results = try collector.results()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - clock) / 1e9
        return RunResult(
            exercises: results, solution: options.solution.rawValue, isolation: isolation, startedAt: startedAt,
            duration: seconds)
    }

    /// Grades one exercise.
    func grade(_ exercise: Exercise) throws -> ExerciseResult {
        let clock = DispatchTime.now().uptimeNanoseconds
        let folder = options.exercisesDirectory.appendingPathComponent(exercise.name).standardizedFileURL
        let cases = fixtures.cases(of: exercise.name)
        let names = CaseNames.of(cases, revealHidden: options.revealHidden)
        let judge = CaseJudge(
            exercise: exercise.name, revealHidden: options.revealHidden,
            studentFolder: WorkerBuilder.debugFolder(of: exercise.name),
            displayFolder: DisplayPath.relative(folder, in: options.exercisesDirectory), names: names)
        let runnable = cases.filter { options.includeHidden || $0.visibility == .public }
        var judged: [String: CaseResult] = [:]
        if !runnable.isEmpty {
            let build = try builder.build(exercise, solution: options.solution, exercisesDirectory: options.exercisesDirectory)
            switch build {
            case .failed, .rejected, .toolchainFailed:
                for fixtureCase in runnable { judged[fixtureCase.id] = judge.unbuilt(fixtureCase, build: build) }
            case .ready(let worker):
                let order = WorkOrder(items: runnable.map {
                    WorkItem(id: names[$0.id] ?? $0.id, function: $0.function, inputs: $0.materializedInputs())
                })
                let executions = try WorkerSupervisor(timeout: options.timeout, sandbox: builder.sandbox).run(worker: worker, order: order)
                for (fixtureCase, execution) in zip(runnable, executions) {
                    judged[fixtureCase.id] = judge.judge(fixtureCase, execution: execution)
                }
            }
        }
        var results = cases.map { judged[$0.id] ?? judge.skipped($0, reason: "hidden cases are not run with --no-hidden") }
        HiddenFailureAdvice.annotate(&results, cases: cases)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - clock) / 1e9
        return ExerciseResult(name: exercise.name, title: exercise.title, cases: results, duration: seconds)
    }
}

/// Hands out indices to the threads grading exercises.
final class AtomicCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func take(below limit: Int) -> Int? {
        lock.withLock {
            guard value < limit else { return nil }
            defer { value += 1 }
            return value
        }
    }
}
