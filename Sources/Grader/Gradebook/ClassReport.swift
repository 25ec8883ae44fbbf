import Foundation
import NotebookData

/// The class report (`grader gradebook --markdown class.md`), for the instructor: the scores (with an SVG
/// histogram beside the report), the grading time per submission (median and 95th percentile), each
/// exercise's mean, each case's pass rate and most common mistake, the submissions that crashed, timed
/// out or did not compile, those the grader could not grade, and the missing students.
public struct ClassReport: Sendable {
    /// The gradebook reported on.
    public var gradebook: Gradebook

    /// Creates the report of `gradebook`.
    public init(gradebook: Gradebook) {
        self.gradebook = gradebook
    }

    /// Writes the report to `path` and its histogram beside it, as `<report name>-histogram.svg`.
    ///
    /// - Throws: `ReportWriteError` when either cannot be written.
    public func write(to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let histogram = url.deletingPathExtension().lastPathComponent + "-histogram.svg"
        try ReportFile.replace(
            url.deletingLastPathComponent().appendingPathComponent(histogram).path, with: Data(histogramSVG().utf8),
            report: "score histogram")
        try ReportFile.replace(path, with: Data(render(histogram: histogram).utf8), report: "class report")
    }

    /// One line for the terminal: how many were graded, missing and not graded, and the mean score.
    public var summaryLine: String {
        let rows = gradebook.rows
        let scores = rows.compactMap(\.points)
        let mean = scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count)
        return "Class: \(rows.filter { $0.status == .graded }.count) graded · \(rows.filter { $0.status == .missing }.count) missing · "
            + "\(rows.filter { $0.status == .infrastructureError }.count) not graded · mean \(ReportNumbers.score(mean, of: gradebook.maxPoints))"
    }

    /// The scores as percentages of the points, in ten bins (the last holds 100%).
    public func histogramBins() -> [(lower: Double, upper: Double, count: Int)] {
        var counts = Array(repeating: 0, count: 10)
        for points in gradebook.rows.compactMap(\.points) where gradebook.maxPoints > 0 {
            counts[min(9, Int(points / gradebook.maxPoints * 10))] += 1
        }
        return counts.enumerated().map { (Double($0.offset * 10), Double($0.offset * 10 + 10), $0.element) }
    }

    /// The histogram of the scores (missing students count as 0; ungraded submissions not at all).
    public func histogramSVG() -> String {
        Plots.histogram(title: "Scores", xLabel: "score (% of \(ReportNumbers.points(gradebook.maxPoints)) points)", bins: histogramBins())
    }

    /// The report's Markdown, its histogram image at the relative path `histogram`.
    public func render(histogram: String) -> String {
        let rows = gradebook.rows
        let graded = rows.filter { $0.status == .graded }
        let scores = rows.compactMap(\.points).sorted()
        let times = graded.compactMap { $0.record?.seconds }.sorted()
        var lines = [
            "# Class report",
            "",
            "\(graded.count) graded · \(rows.filter { $0.status == .missing }.count) missing · "
                + "\(rows.filter { $0.status == .infrastructureError }.count) not graded (infrastructure errors) · "
                + "out of \(ReportNumbers.points(gradebook.maxPoints)) points",
            "",
            "Score (missing students count 0): mean \(ReportNumbers.points(scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count)))"
                + " · median \(ReportNumbers.points(Self.percentile(scores, 0.5)))",
            "",
            "Grading time per submission: median \(ReportNumbers.duration(Self.percentile(times, 0.5)))"
                + " · 95th percentile \(ReportNumbers.duration(Self.percentile(times, 0.95)))",
            "",
            "![Histogram of the scores](\(histogram))",
            "",
        ]
        lines += exerciseTable(graded) + [""] + caseTable(gradebook.gradedRuns) + [""] + troubleTable(graded)
        let unscored = rows.filter { $0.status == .infrastructureError }
        if !unscored.isEmpty {
            lines += ["", "## Not graded: infrastructure errors", "", "The grader could not grade these twice; a rerun of the batch tries again.", ""]
            lines += unscored.map { "- \(MarkdownText.code($0.submission ?? "")): \(MarkdownText.inline($0.record?.failure ?? ""))" }
        }
        let missing = rows.filter { $0.status == .missing }
        if !missing.isEmpty {
            lines += ["", "## Missing", "", "On the roster, with no submission: "
                + missing.map { "\(MarkdownText.inline($0.student.name.isEmpty ? $0.student.studentID : $0.student.name)) (\(MarkdownText.code($0.student.folder)))" }
                .joined(separator: ", ")]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func exerciseTable(_ graded: [GradebookRow]) -> [String] {
        let runs = graded.compactMap { $0.record?.run }
        var lines = ["## Exercises", "", "| Exercise | Mean | Full marks |", "| --- | ---: | ---: |"]
        for name in gradebook.exercises {
            let results = runs.compactMap { $0.exercises.first { $0.name == name } }
            let mean = results.isEmpty ? 0 : results.reduce(0) { $0 + $1.points } / Double(results.count)
            let full = results.filter { $0.points == $0.maxPoints }.count
            lines.append("| \(MarkdownText.code(name, inTable: true)) | \(ReportNumbers.score(mean, of: results.first?.maxPoints ?? 0)) | \(full) of \(results.count) |")
        }
        return lines
    }

    private func caseTable(_ runs: [RunResult]) -> [String] {
        var lines = [
            "## Cases", "", "Pass rate over the graded submissions, and the most common mistake of those that did not pass.", "",
            "| Exercise | Case | Passed | Most common mistake |", "| --- | --- | ---: | --- |",
        ]
        for item in CaseAnalysis.of(runs) {
            let name = MarkdownText.code(item.caseID, inTable: true) + (item.isHidden ? " (hidden)" : "")
            let rate = String(format: "%.0f%%", item.passRate * 100) + " (\(item.passed) of \(item.ran))"
            let mistake = item.commonMistake.map { "\(MarkdownText.cell($0.phrase)) (\($0.count))" } ?? "–"
            lines.append("| \(MarkdownText.code(item.exercise, inTable: true)) | \(name) | \(rate) | \(mistake) |")
        }
        return lines
    }

    /// The graded submissions where some exercise crashed, timed out or did not compile.
    private func troubleTable(_ graded: [GradebookRow]) -> [String] {
        let lines = ["## Crashes, timeouts and compile errors", ""]
        var rows: [String] = []
        for row in graded {
            guard let run = row.record?.run else { continue }
            func exercises(_ matches: (CaseResult) -> Bool) -> String {
                let names = run.exercises.filter { $0.cases.contains(where: matches) }.map(\.name)
                return names.isEmpty ? "–" : names.map { MarkdownText.code($0, inTable: true) }.joined(separator: ", ")
            }
            let crashed = exercises { $0.errorKind == .crashed }
            let timedOut = exercises { $0.status == .timedOut }
            let compile = exercises { $0.errorKind == .compileError }
            if crashed != "–" || timedOut != "–" || compile != "–" {
                rows.append("| \(MarkdownText.code(row.submission ?? "", inTable: true)) | \(crashed) | \(timedOut) | \(compile) |")
            }
        }
        if rows.isEmpty { return lines + ["No graded submission crashed, timed out or failed to compile."] }
        return lines + ["| Submission | Crashed | Timed out | Did not compile |", "| --- | --- | --- | --- |"] + rows
    }

    /// The nearest-rank percentile of sorted values (0 when there are none).
    static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}
