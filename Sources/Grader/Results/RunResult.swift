import Foundation

/// The graded results of one exercise: a JUnit `testsuite`.
public struct ExerciseResult: Sendable, Codable {
    /// The exercise's name, e.g. `adam`.
    public var name: String
    /// A human title, e.g. `Adam`.
    public var title: String
    /// The cases in fixture order.
    public var cases: [CaseResult]
    /// Wall time of building and grading the exercise, in seconds.
    public var duration: Double

    /// Creates an exercise result.
    public init(name: String, title: String, cases: [CaseResult], duration: Double) {
        self.name = name
        self.title = title
        self.cases = cases
        self.duration = duration
    }

    /// Points earned over all cases.
    public var points: Double { cases.reduce(0) { $0 + $1.points } }
    /// Points available over all cases.
    public var maxPoints: Double { cases.reduce(0) { $0 + $1.maxPoints } }
    /// How many cases ended with the given status.
    public func count(_ status: CaseStatus) -> Int { cases.filter { $0.status == status }.count }
}

/// Everything one `grader run` produced: the input of every report.
public struct RunResult: Sendable, Codable {
    /// The exercises graded, in course order (`Exercise.allCases`).
    public var exercises: [ExerciseResult]
    /// Which implementation was graded: `student` or `reference`.
    public var solution: String
    /// How student code was contained.
    public var isolation: IsolationLevel
    /// When the run started.
    public var startedAt: Date
    /// Wall time of the whole run, in seconds.
    public var duration: Double
    /// The notebooks' experiments, when the run trained them (`grader experiments`, `grader run --experiments`).
    public var experiments: [ExperimentResult]?

    /// Creates a run result.
    public init(
        exercises: [ExerciseResult], solution: String, isolation: IsolationLevel, startedAt: Date, duration: Double,
        experiments: [ExperimentResult]? = nil
    ) {
        self.exercises = exercises
        self.solution = solution
        self.isolation = isolation
        self.startedAt = startedAt
        self.duration = duration
        self.experiments = experiments
    }

    /// Points earned in the whole run.
    public var points: Double { exercises.reduce(0) { $0 + $1.points } }
    /// Points available in the whole run.
    public var maxPoints: Double { exercises.reduce(0) { $0 + $1.maxPoints } }
    /// Every case of every exercise, in order.
    public var allCases: [CaseResult] { exercises.flatMap(\.cases) }
    /// True when every case passed (skipped cases do not count against it) and every experiment run passed.
    public var allPassed: Bool {
        allCases.allSatisfy { $0.status == .passed || $0.status == .skipped }
            && (experiments ?? []).allSatisfy { $0.status == .passed }
    }
}
