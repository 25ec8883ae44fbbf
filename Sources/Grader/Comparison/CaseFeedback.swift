/// The text of a compared case: a one-line message and the details under it.
///
/// The message fits a JUnit `message` attribute and a terminal line; the details list the mismatches
/// (the first `maxListed`, then how many more), each explained, then hints. A hidden case's text is
/// redacted as `Disclosure` describes, unless the instructor reveals it.
public struct CaseFeedback: Sendable, Equatable {
    /// One line, e.g. `parameters["W1"]: 3 of 6 values differ; first at [0, 1]: expected 0.85639907, got 0.85740001`.
    public var message: String
    /// Several lines for a student; empty when the case passed.
    public var details: String

    /// Writes the feedback for a comparison.
    ///
    /// - Parameters:
    ///   - report: what the comparison found.
    ///   - function: the graded function, which picks the hints.
    ///   - disclosure: `.full` for public cases (or revealed hidden ones), `.redacted` for hidden ones.
    ///   - hints: where hints come from.
    ///   - maxListed: how many mismatches the details explain before saying how many more there are.
    public init(report: ComparisonReport, function: String, disclosure: Disclosure,
                hints: HintTable = .course, maxListed: Int = 10) {
        let writer = MismatchText(disclosure: disclosure)
        guard let first = report.mismatches.first else {
            message = report.outputs.count == 1 ? "the output matches" : "all \(report.outputs.count) outputs match"
            details = ""
            return
        }
        let more = report.mismatches.count - 1
        message = writer.summary(first) + (more > 0 ? " (and \(more) more \(more == 1 ? "mismatch" : "mismatches"))" : "")

        var lines: [String] = []
        var printed = Set<ValuePath>()
        for (number, mismatch) in report.mismatches.prefix(maxListed).enumerated() {
            lines.append("\(number + 1). " + writer.summary(mismatch))
            let firstAtPath = printed.insert(mismatch.path).inserted
            lines += writer.details(mismatch, printValues: firstAtPath).map { "   " + $0 }
        }
        if report.mismatches.count > maxListed {
            lines.append("... and \(report.mismatches.count - maxListed) more mismatches (\(report.mismatches.count) in all)")
        }
        var seen = Set<String>()
        let advice = report.mismatches.compactMap { hints.hint(for: $0, function: function)?.text }
            .filter { seen.insert($0).inserted }
        if !advice.isEmpty {
            lines.append("Hints:")
            lines += advice.map { "- " + $0 }
        }
        if disclosure == .redacted {
            lines.append("This case is hidden: its inputs and expected values are not shown.")
        }
        details = lines.joined(separator: "\n")
    }
}
