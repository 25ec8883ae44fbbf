/// The `time` attributes of the JUnit report, defined so that they add up exactly: a test case's time
/// is how long it ran in its worker, a suite's the sum of its cases', the root's the sum of its suites'
/// (each in whole milliseconds before adding, so the written numbers agree to the last digit). The
/// run's wall-clock time, compiles included, is the `wall_seconds` property instead.
enum JUnitTimes {
    /// A duration in whole milliseconds; NaN, infinite and negative ones count as 0.
    static func milliseconds(_ seconds: Double) -> Int {
        seconds.isFinite && seconds > 0 ? Int((seconds * 1000).rounded()) : 0
    }

    /// A suite's time: the sum of its cases'.
    static func suite(_ cases: [CaseResult]) -> Int {
        cases.reduce(0) { $0 + milliseconds($1.duration) }
    }

    /// The root's time: the sum of every suite's.
    static func root(_ run: RunResult) -> Int {
        run.exercises.reduce(0) { $0 + suite($1.cases) } + suite((run.experiments ?? []).map(\.verdict))
    }

    /// Milliseconds as the report writes seconds: `1.234`.
    static func text(_ milliseconds: Int) -> String {
        ReportNumbers.seconds(Double(milliseconds) / 1000)
    }
}
