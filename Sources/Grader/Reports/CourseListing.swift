import Assignments
import Fixtures

/// What `grader list` prints: every exercise with its notebook, cases and points, each graded function
/// with its public and hidden cases, and the course's total.
public struct CourseListing: Sendable {
    /// The fixtures counted (the shipped ones with an instructor's laid over them).
    public var fixtures: FixtureSet

    /// A listing of `fixtures`.
    public init(fixtures: FixtureSet) {
        self.fixtures = fixtures
    }

    /// The listing, a line per exercise and per graded function, then the total, ending with a newline.
    public var text: String {
        var lines: [String] = []
        var total = 0.0
        for exercise in Exercise.allCases {
            let cases = fixtures.cases(of: exercise.name)
            let points = cases.reduce(0) { $0 + $1.points }
            total += points
            lines.append("\(exercise.name) — \(exercise.title) (\(exercise.notebook)): \(cases.count) cases, \(ReportNumbers.pointsWithUnit(points))")
            for function in exercise.functions {
                let mine = cases.filter { $0.function == function }
                let hidden = mine.filter { $0.visibility == .hidden }.count
                let points = mine.reduce(0) { $0 + $1.points }
                lines.append("    \(function): \(mine.count - hidden) public + \(hidden) hidden cases, \(ReportNumbers.pointsWithUnit(points))")
            }
        }
        lines.append("total: \(ReportNumbers.pointsWithUnit(total))")
        return lines.joined(separator: "\n") + "\n"
    }
}
