import Foundation

/// The report for people (`reports/report.md`), as GitHub renders it, and the CI job summary.
///
/// It holds a title, the overall score, a summary table (exercise, score, passed, failed, errors,
/// skipped, time), then a section per exercise listing every case that did not pass: its outcome and
/// points, the one-line message, the details (expected vs got, largest error) in a code block, a hint,
/// and what the student's code printed. Cases that ended identically (a compile error, a stub not
/// implemented) are listed once together. Every string is sanitised and escaped: `|` and line breaks
/// cannot break the table, backticks cannot close a code block early, `<` cannot open HTML.
///
/// When the environment names a `GITHUB_STEP_SUMMARY` file, `write` appends the summary (title, score
/// and table) to it, which GitHub Actions shows on the run's page.
public struct MarkdownReport: ReportWriter {
    /// Where `grader run` writes the report unless told otherwise.
    public static let defaultPath = "reports/report.md"

    /// `Markdown report`.
    public var name: String { "Markdown report" }
    /// The file the report is written to.
    public var path: String
    /// The environment `write` reads `GITHUB_STEP_SUMMARY` from.
    public var environment: [String: String]

    /// Creates the report writer.
    ///
    /// - Parameters:
    ///   - path: the file to write.
    ///   - environment: the process's environment by default; tests pass their own.
    public init(path: String = defaultPath, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.path = path
        self.environment = environment
    }

    /// Writes the report to `path` (creating its folder when missing) with the plots of the experiments
    /// that trained beside it, then appends the summary to the file `GITHUB_STEP_SUMMARY` names, when it
    /// is set and not empty.
    ///
    /// - Throws: `ReportWriteError` naming the path that could not be written; `ExperimentDataError`
    ///   when a shipped dataset a plot draws is unreadable.
    public func write(_ run: RunResult) throws {
        try ExperimentPlotWriter.write(run.experiments ?? [], besideReport: path)
        try ReportFile.replace(path, with: Data(render(run).utf8), report: name)
        if let summaryPath = environment["GITHUB_STEP_SUMMARY"], !summaryPath.isEmpty {
            try ReportFile.append(summaryPath, bytes: Data((summary(run) + "\n").utf8), report: "job summary")
        }
    }

    /// The whole report: the summary, then a section per exercise, then the experiments when the run
    /// trained them (a run of experiments alone has only their section, under its own title).
    public func render(_ run: RunResult) -> String {
        if run.exercises.isEmpty, let experiments = run.experiments {
            let heading = "# Experiments report\n\n\(MarkdownText.inline(run.solution)) solution · "
                + "\(run.startedAt.formatted(.iso8601)) · \(ReportNumbers.duration(run.duration))"
            return heading + "\n\n" + experimentsSection(experiments) + "\n"
        }
        var sections = [summary(run)]
        for exercise in run.exercises {
            sections.append(section(exercise))
        }
        if let experiments = run.experiments {
            sections.append(experimentsSection(experiments))
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// The title, the overall score, and the table with one row per exercise and a total row.
    public func summary(_ run: RunResult) -> String {
        let cases = run.allCases
        let passed = cases.filter { $0.status == .passed }.count
        let score = ReportNumbers.score(run.points, of: run.maxPoints)
        var lines = [
            "# Grading report",
            "",
            "**Score: \(score)** (\(ReportNumbers.percent(run.points, of: run.maxPoints))) · \(passed) of \(cases.count) cases passed · "
                + "\(MarkdownText.inline(run.solution)) solution · \(run.startedAt.formatted(.iso8601)) · "
                + ReportNumbers.duration(run.duration),
            "",
            "Isolation: \(MarkdownText.inline(run.isolation.summary))",
            "",
            "| Exercise | Score | Passed | Failed | Errors | Skipped | Time |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for exercise in run.exercises {
            let name = "\(MarkdownText.cell(exercise.title)) (\(MarkdownText.code(exercise.name, inTable: true)))"
            lines.append(row(name, ReportNumbers.score(exercise.points, of: exercise.maxPoints), exercise.cases,
                             exercise.duration))
        }
        lines.append(row("**Total**", "**\(score)**", cases, run.duration))
        if let experiments = run.experiments {
            let passed = experiments.filter { $0.status == .passed }.count
            lines += ["", "**Notebook experiments:** \(passed) of \(experiments.count) match the notebooks."]
        }
        return lines.joined(separator: "\n")
    }

    private func row(_ name: String, _ score: String, _ cases: [CaseResult], _ duration: Double) -> String {
        let count = { (statuses: Set<CaseStatus>) in String(cases.filter { statuses.contains($0.status) }.count) }
        let cells = [name, score, count([.passed]), count([.failed]), count([.error, .timedOut]), count([.skipped]),
                     ReportNumbers.duration(duration)]
        return "| " + cells.joined(separator: " | ") + " |"
    }

    /// An exercise's heading with its score, then its non-passing cases, or a line saying all passed.
    private func section(_ exercise: ExerciseResult) -> String {
        let heading = "## \(MarkdownText.inline(exercise.title)) (\(MarkdownText.code(exercise.name))): "
            + ReportNumbers.score(exercise.points, of: exercise.maxPoints)
        let groups = CaseGroup.nonPassing(exercise.cases)
        if exercise.cases.isEmpty {
            return "\(heading)\n\nNo cases to grade."
        }
        if groups.isEmpty {
            return "\(heading)\n\n\(NotebookWords.allTestsPassed): \(exercise.cases.count) of \(exercise.cases.count) cases."
        }
        var shownCompilerOutput: Set<String> = []
        let texts = groups.map { group in
            let first = group.first
            let repeatsDetails = first.detailsAreCompilerOutput && !shownCompilerOutput.insert(first.details).inserted
            return groupText(group, repeatsDetails: repeatsDetails)
        }
        return ([heading] + texts).joined(separator: "\n\n")
    }

    /// One group of cases that ended the same way. A compile error's diagnostics, shared by every case of
    /// the exercise, are printed with its first group only: `repeatsDetails` points back to them.
    private func groupText(_ group: CaseGroup, repeatsDetails: Bool) -> String {
        let result = group.first
        let names = group.cases.map { MarkdownText.code($0.id) }.joined(separator: ", ")
        let mark = result.status == .skipped ? "–" : "✗"
        let hidden = result.isHidden ? " (hidden)" : ""
        let points = ReportNumbers.scoreInPoints(group.points, of: group.maxPoints)
        var parts = ["### \(mark) \(names)\(hidden): \(result.outcomeLabel), \(points)"]
        if !result.message.isEmpty {
            parts.append(MarkdownText.inline(result.message))
        }
        if repeatsDetails {
            parts.append("The compiler's output is shown above.")
        } else if !result.details.isEmpty {
            parts.append(MarkdownText.codeBlock(result.details))
        }
        if let hint = result.hint, !repeatsDetails {
            parts.append("> **Hint:** \(hint)")
        }
        if !result.output.isEmpty {
            parts.append("<details><summary>Output</summary>\n\n\(MarkdownText.codeBlock(result.output))\n\n</details>")
        }
        return parts.joined(separator: "\n\n")
    }
}
