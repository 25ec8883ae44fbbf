import Foundation

/// The results as JSON (`--json PATH`), in the shape of Exercism's test-runner `results.json`, version 3.
///
/// ```json
/// {"version": 3, "status": "fail", "score": 3, "max_score": 14, "isolation": "bubblewrap",
///  "tests": [{"name": "update_lr[notebook]", "status": "fail", "message": "…", "output": "…",
///             "test_code": "update_lr(learning_rate0=0.5, epoch_num=2, decay_rate=1.0)",
///             "task_id": 2, "score": 0, "max_score": 2}, …]}
/// ```
///
/// - `status` is `pass` when every case that ran passed, `error` when no case could run (none was run,
///   or every one errored with a compile or grader error) — then `message` says why — and `fail`
///   otherwise.
/// - `tests` lists the cases in report order. `name` is the case id; `message` (absent for a pass) is
///   the one-line message, a blank line and the details; `output` is what the student's code printed,
///   capped at the 500 characters the specification allows; `task_id` numbers the graded functions
///   from 1 across the whole run, in report order; `test_code` is the case as the notebook's call
///   (`NotebookCall`), inputs left out for a hidden case.
/// - Exercism has no status for a case that was not run, so skipped cases are not listed; the totals
///   `score` / `max_score` still count them, as every other report does.
/// - `score` and `max_score` (points) are additions to the format, per test and in total.
///
/// Keys are sorted and absent values omitted, so the same results always give the same bytes.
public struct ExercismResultsReport: JSONReport {
    /// `JSON results`.
    public var name: String { "JSON results" }
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
        var version = 3
        var status: String
        var message: String?
        var tests: [Test]
        var score: Double
        var maxScore: Double
        /// How student code was contained (`bubblewrap`, `fallback`, `none`): an addition to the v3 format.
        var isolation: String

        enum CodingKeys: String, CodingKey {
            case version, status, message, tests, score, isolation
            case maxScore = "max_score"
        }
    }

    /// One case.
    struct Test: Encodable {
        var name: String
        var status: String
        var testCode: String
        var message: String?
        var output: String?
        var taskID: Int?
        var score: Double
        var maxScore: Double

        enum CodingKeys: String, CodingKey {
            case name, status, message, output, score
            case testCode = "test_code"
            case taskID = "task_id"
            case maxScore = "max_score"
        }
    }

    /// The most characters of output Exercism accepts per test.
    static let outputLimit = 500

    /// The document for `run`, before encoding.
    public func document(_ run: RunResult) -> any Encodable {
        // A task is a graded function, numbered from 1 across the whole run, in report order.
        var tests: [Test] = []
        var tasks: [String] = []
        for result in run.allCases {
            let task = "\(result.exercise).\(result.function)"
            if !tasks.contains(task) { tasks.append(task) }
            guard result.status != .skipped else { continue }
            tests.append(test(result, taskID: tasks.firstIndex(of: task)! + 1))
        }
        let ran = run.allCases.filter { $0.status != .skipped }
        let nothingRan = ran.allSatisfy {
            $0.status == .error && [.compileError, .internalError].contains($0.errorKind ?? .internalError)
        }
        let status = nothingRan ? "error" : (tests.allSatisfy { $0.status == "pass" } ? "pass" : "fail")
        return Results(
            status: status, message: nothingRan ? errorMessage(ran.isEmpty ? run.allCases : ran) : nil,
            tests: tests, score: run.points, maxScore: run.maxPoints, isolation: run.isolation.rawValue)
    }

    private func test(_ result: CaseResult, taskID: Int) -> Test {
        let status = switch result.status {
        case .passed: "pass"
        case .failed: "fail"
        case .error, .timedOut, .skipped: "error"
        }
        let output = TextSanitizer(limit: Self.outputLimit).clean(result.output)
        return Test(
            name: TextSanitizer.line.cleanLine(result.id), status: status,
            testCode: TextSanitizer.line.cleanLine(result.call.isEmpty ? result.function : result.call),
            message: result.status == .passed ? nil : fullMessage(result),
            output: output.isEmpty ? nil : output, taskID: taskID,
            score: result.points, maxScore: result.maxPoints)
    }

    /// The one-line message, then the details after a blank line.
    private func fullMessage(_ result: CaseResult) -> String {
        let line = TextSanitizer.line.cleanLine(result.message)
        let details = TextSanitizer.block.clean(result.details)
        if details.isEmpty { return line.isEmpty ? result.outcomeLabel : line }
        return line.isEmpty ? details : "\(line)\n\n\(details)"
    }

    /// Each distinct reason once, in order: a compile error shared by many cases is said once.
    private func errorMessage(_ cases: [CaseResult]) -> String {
        var reasons: [String] = []
        for result in cases {
            let reason = fullMessage(result)
            if !reasons.contains(reason) { reasons.append(reason) }
        }
        if reasons.isEmpty { return "there were no cases to grade" }
        return TextSanitizer(limit: 65_535).clean(reasons.joined(separator: "\n\n"))
    }
}
