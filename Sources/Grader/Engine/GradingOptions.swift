import Assignments
import Fixtures
import Foundation

/// What one grading run should do: the library side of `grader run`'s options.
public struct GradingOptions: Sendable {
    /// The exercises to grade, by name; empty means all, in course order (`Exercise.allCases`).
    public var exercises: [String]
    /// The student's files or the reference solution.
    public var solution: Solution
    /// The folder holding `<exercise>/*.swift` (the student's copy of `exercises/`).
    public var exercisesDirectory: URL
    /// A folder of extra or replacement fixture files, laid over the shipped ones.
    public var extraFixtures: URL?
    /// Seconds one case may run before its worker is killed.
    public var timeout: Double
    /// Whether hidden cases are run (otherwise they are reported as skipped).
    public var includeHidden: Bool
    /// Whether hidden cases' inputs and expected values may be shown (instructors).
    public var revealHidden: Bool
    /// The isolation asked for.
    public var sandbox: SandboxPolicy
    /// Seconds one exercise's compile may take.
    public var compileTimeout: Double
    /// How many exercises are built and graded at once (the machine's cores unless told: a batch grading
    /// several submissions at once gives each a share).
    public var concurrency: Int

    /// Creates options; the defaults are those of `grader run` with no flags.
    public init(
        exercises: [String] = [], solution: Solution = .student,
        exercisesDirectory: URL = URL(fileURLWithPath: "exercises"), extraFixtures: URL? = nil,
        timeout: Double = 10, includeHidden: Bool = true, revealHidden: Bool = false, sandbox: SandboxPolicy = .auto,
        compileTimeout: Double = 60, concurrency: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.exercises = exercises
        self.solution = solution
        self.exercisesDirectory = exercisesDirectory
        self.extraFixtures = extraFixtures
        self.timeout = timeout
        self.includeHidden = includeHidden
        self.revealHidden = revealHidden
        self.sandbox = sandbox
        self.compileTimeout = compileTimeout
        self.concurrency = concurrency
    }

    /// The exercises to grade, in course order (`Exercise.allCases`): those named, or all when none is.
    public var selectedExercises: [Exercise] {
        Exercise.allCases.filter { exercises.isEmpty || exercises.contains($0.name) }
    }
}
