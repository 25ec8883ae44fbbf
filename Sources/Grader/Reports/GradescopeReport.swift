import Foundation

/// Gradescope's autograder results (`grader run --gradescope PATH`, `/autograder/results/results.json`):
///
/// ```json
/// {"score": 109, "execution_time": 12, "output": "Score: 109 / 169 …", "stdout_visibility": "hidden",
///  "tests": [{"name": "adam › update_parameters_with_adam[t=3]", "number": "9.2", "score": 0, "max_score": 2,
///             "status": "failed", "output": "…", "visibility": "visible", "tags": ["adam"]}, …]}
/// ```
///
/// - Each case is a test: `score` and `max_score` are its points, `status` is `passed` or `failed` (any
///   case that did not pass), `output` is the one-line message, the details and what the code printed,
///   as the Markdown report gives them (a hidden case's already redacted). A hidden case is visible
///   `after_published`; a public one is `visible`. Cases not run (`--no-hidden`) are left out; the total
///   `score` counts what every other report counts.
/// - `execution_time` is the run's wall time in whole seconds (rounded up); `output` names the score and
///   the isolation level. The grader's own output (stdout) stays hidden from students.
///
/// Keys are sorted and absent values omitted, so the same results always give the same bytes.
public struct GradescopeReport: JSONReport {
    /// `Gradescope results`.
    public var name: String { "Gradescope results" }
    /// The file the JSON is written to.
    public var path: String

    /// Creates the report writer.
    ///
    /// - Parameter path: the file to write.
    public init(path: String) {
        self.path = path
    }

    /// The document's top level.
    struct Results: Encodable {
        var score: Double
        var executionTime: Int
        var output: String
        var stdoutVisibility = "hidden"
        var tests: [Test]

        enum CodingKeys: String, CodingKey {
            case score, output, tests
            case executionTime = "execution_time"
            case stdoutVisibility = "stdout_visibility"
        }
    }

    /// One case.
    struct Test: Encodable {
        var name: String
        var number: String
        var score: Double
        var maxScore: Double
        var status: String
        var output: String
        var visibility: String
        var tags: [String]

        enum CodingKeys: String, CodingKey {
            case name, number, score, status, output, visibility, tags
            case maxScore = "max_score"
        }
    }

    /// The document for `run`, before encoding.
    public func document(_ run: RunResult) -> any Encodable {
        var tests: [Test] = []
        for (exerciseNumber, exercise) in run.exercises.enumerated() {
            for (caseNumber, result) in exercise.cases.enumerated() where result.status != .skipped {
                tests.append(Test(
                    name: "\(exercise.name) › \(TextSanitizer.line.cleanLine(result.id))", number: "\(exerciseNumber + 1).\(caseNumber + 1)",
                    score: result.points, maxScore: result.maxPoints, status: result.status == .passed ? "passed" : "failed",
                    output: output(result), visibility: result.isHidden ? "after_published" : "visible", tags: [exercise.name]))
            }
        }
        let passed = run.allCases.filter { $0.status == .passed }.count
        let summary = "Score: \(ReportNumbers.scoreInPoints(run.points, of: run.maxPoints)) · \(passed) of \(run.allCases.count) cases passed.\n"
            + "Isolation: \(run.isolation.summary)"
        return Results(
            score: run.points, executionTime: Int(run.duration.isFinite ? max(0, run.duration).rounded(.up) : 0), output: summary,
            tests: tests)
    }

    /// What a student reads under the test: the outcome and message, the details, and the printed output.
    private func output(_ result: CaseResult) -> String {
        var parts = [result.status == .passed ? result.outcomeLabel : "\(result.outcomeLabel): \(TextSanitizer.line.cleanLine(result.message))"]
        let details = TextSanitizer.block.clean(result.details)
        if !details.isEmpty { parts.append(details) }
        if let hint = result.hint { parts.append("Hint: \(hint)") }
        let printed = TextSanitizer.block.clean(result.output)
        if !printed.isEmpty { parts.append("Printed:\n\(printed)") }
        return parts.joined(separator: "\n\n")
    }
}
