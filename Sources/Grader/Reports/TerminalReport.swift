/// The notebook-style feedback `grader run` prints, rendered to a string the caller prints.
///
/// ```text
/// Adam (adam)
///   ✓ initialize_adam               1/1 cases               1 / 1 points   All tests passed
///   ✗ update_parameters_with_adam   1/3 cases (1 skipped)   2 / 8 points
///       ✗ update_parameters_with_adam[t=3]: parameters["W1"][1, 2]: expected 0.85639907, got 0.85740001
///       ✗ update_parameters_with_adam[crash] (crashed): the worker died on signal 4 (SIGILL: a trap)
///       – update_parameters_with_adam[hidden-2] (hidden, skipped): hidden cases are not run (--no-hidden)
///   Adam: 3 / 9 points
///
/// Total: 3 / 9 points (33.3%) · 2 of 5 cases passed · 1 failed · 1 error · 1 skipped
/// ```
///
/// A graded function gets ✓ when every case of it that ran passed, with the notebooks' "All tests
/// passed"; ✗ otherwise, followed by its cases that did not pass (cases that ended identically share a
/// line). For the gradient checks, each case that returned a difference also gets the Gradient Checking
/// notebook's verdict on it ("Your backward propagation works perfectly fine! difference = …" or "There
/// is a mistake in the backward propagation! difference = …"). Compiler diagnostics are shown once per
/// exercise. `.verbose` adds every passing case, each failure's details, hint and output; `.quiet`
/// prints only each exercise's score and the total.
public struct TerminalReport: Sendable {
    /// How much to say.
    public var verbosity: Verbosity
    /// Whether to colour: ✓ and full scores green, ✗ and zero scores red, skipped and partial yellow.
    public var usesColor: Bool
    /// The terminal's width in columns, to wrap long lines at; nil leaves lines whole (a file, a pipe).
    public var width: Int?

    /// Creates the renderer; resolve `usesColor` with `ColorMode.usesColor(isTerminal:environment:)`.
    public init(verbosity: Verbosity = .normal, usesColor: Bool = false, width: Int? = nil) {
        self.verbosity = verbosity
        self.usesColor = usesColor
        self.width = width
    }

    /// The whole feedback, ending with a newline: the exercises and the total, then the experiments when
    /// the run trained them (except in `.quiet`); a run of experiments alone shows only their section.
    public func render(_ run: RunResult) -> String {
        let style = TerminalStyle(enabled: usesColor)
        if run.exercises.isEmpty, let experiments = run.experiments {
            return experimentsLines(experiments, style: style).joined(separator: "\n") + "\n"
        }
        var lines: [String] = []
        for exercise in run.exercises {
            let title = TextSanitizer.line.cleanLine("\(exercise.title) (\(exercise.name))")
            let score = ReportNumbers.scoreInPoints(exercise.points, of: exercise.maxPoints)
            if verbosity == .quiet {
                lines.append("\(title): \(style.score(score, points: exercise.points, of: exercise.maxPoints))")
                continue
            }
            lines.append(style.bold(title))
            lines += exercise.cases.isEmpty ? ["  no cases to grade"] : exerciseLines(exercise, style: style)
            lines.append("  \(TextSanitizer.line.cleanLine(exercise.title)): "
                + style.score(score, points: exercise.points, of: exercise.maxPoints))
            lines.append("")
        }
        if verbosity == .quiet, !run.exercises.isEmpty { lines.append("") }
        if verbosity == .normal, run.allCases.contains(where: hidesDetails) {
            lines.append(style.dim("Expected and actual values, hints and printed output: run again with --verbose."))
        }
        lines.append(totalLine(run, style: style))
        lines.append("Isolation: \(run.isolation.summary)")
        if let width { lines = lines.flatMap { TerminalWrap.wrap($0, width: width) } }
        if let experiments = run.experiments, verbosity != .quiet { lines += experimentsLines(experiments, style: style) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A line per graded function, each followed by its case lines.
    private func exerciseLines(_ exercise: ExerciseResult, style: TerminalStyle) -> [String] {
        var functions: [String] = []
        for result in exercise.cases where !functions.contains(result.function) {
            functions.append(result.function)
        }
        let summaries = functions.map { function in
            FunctionSummary(name: function, cases: exercise.cases.filter { $0.function == function })
        }
        let nameWidth = summaries.map(\.name.count).max() ?? 0
        let countWidth = summaries.map(\.counts.count).max() ?? 0
        var shownDetails: Set<String> = []
        var lines: [String] = []
        for summary in summaries {
            var line = "  \(summary.mark(style)) \(summary.name.padded(to: nameWidth))   "
                + "\(summary.counts.padded(to: countWidth))   \(summary.score)"
            if summary.allPassed { line += "   " + style.green(NotebookWords.allTestsPassed) }
            lines.append(line)
            lines += caseLines(summary.cases, shownDetails: &shownDetails, style: style)
        }
        return lines
    }

    /// The lines under a function: its cases that did not pass (every case in verbose mode), each with
    /// the notebook's gradient-check verdict where one applies.
    private func caseLines(_ cases: [CaseResult], shownDetails: inout Set<String>, style: TerminalStyle) -> [String] {
        var groups = CaseGroup.nonPassing(cases)[...]
        var lines: [String] = []
        for result in cases {
            if result.status != .passed {
                if let group = groups.first, group.first.id == result.id {
                    lines += groupLines(group, shownDetails: &shownDetails, style: style)
                    groups.removeFirst()
                }
                continue
            }
            let verdict = gradientVerdict(result, style: style)
            guard verbosity == .verbose || verdict != nil else { continue }
            let time = verbosity == .verbose ? style.dim(" (\(ReportNumbers.duration(result.duration)))") : ""
            lines.append("      \(style.green("✓")) \(TextSanitizer.line.cleanLine(result.id))\(time)")
            if let verdict { lines.append("          " + verdict) }
            if verbosity == .verbose { lines += outputLines(result, style: style) }
        }
        return lines
    }

    private func groupLines(_ group: CaseGroup, shownDetails: inout Set<String>, style: TerminalStyle) -> [String] {
        let result = group.first
        let mark = result.status == .skipped ? style.yellow("–") : style.red("✗")
        let names = Self.caseList(group.cases.map { TextSanitizer.line.cleanLine($0.id) })
        var labels: [String] = []
        if result.isHidden { labels.append("hidden") }
        // A compile error's first line is printed once per exercise; its later groups point back to it.
        let repeatsCompileError = verbosity != .verbose && result.detailsAreCompilerOutput && shownDetails.contains(result.details)
        let message = repeatsCompileError
            ? "the exercise did not compile (the compiler's errors are above)" : TextSanitizer.line.cleanLine(result.message)
        if result.status != .failed { labels.append(result.outcomeLabel) }
        let label = labels.isEmpty ? "" : " (\(labels.joined(separator: ", ")))"
        var lines = ["      \(mark) \(names)\(label)" + (message.isEmpty ? "" : ": \(message)")]
        if let verdict = gradientVerdict(result, style: style) { lines.append("          " + verdict) }

        let showDetails = verbosity == .verbose
            || (result.detailsAreCompilerOutput && !shownDetails.contains(result.details))
        if showDetails, !result.details.isEmpty {
            shownDetails.insert(result.details)
            lines += indented(TextSanitizer.block.clean(result.details))
        }
        if verbosity == .verbose {
            if let hint = result.hint { lines.append("          " + style.dim("Hint: " + TextSanitizer.line.cleanLine(hint))) }
            lines += outputLines(result, style: style)
        }
        return lines
    }

    /// The names of a group's cases: all of them up to three, else the first and the last with the count
    /// (`adam[hidden 1] … adam[hidden 4] (4 cases)`).
    static func caseList(_ names: [String]) -> String {
        guard names.count > 3 else { return names.joined(separator: ", ") }
        return "\(names[0]) … \(names[names.count - 1]) (\(names.count) cases)"
    }

    /// Whether the normal terminal report leaves out something of this case that --verbose prints.
    private func hidesDetails(_ result: CaseResult) -> Bool {
        guard result.status != .passed, result.status != .skipped else { return false }
        return (!result.details.isEmpty && !result.detailsAreCompilerOutput) || result.hint != nil || !result.output.isEmpty
    }

    /// The Gradient Checking notebook's sentence on the difference a gradient check returned, if any.
    private func gradientVerdict(_ result: CaseResult, style: TerminalStyle) -> String? {
        guard NotebookWords.gradientChecks.contains(result.function), let difference = result.returnedNumber else {
            return nil
        }
        let verdict = NotebookWords.gradientCheck(difference: difference)
        return verdict.correct ? style.green(verdict.sentence) : style.yellow(verdict.sentence)
    }

    private func outputLines(_ result: CaseResult, style: TerminalStyle) -> [String] {
        let output = TextSanitizer.block.clean(result.output)
        guard !output.isEmpty else { return [] }
        return ["          " + style.dim("Output:")] + indented(output, by: 12)
    }

    private func indented(_ text: String, by width: Int = 10) -> [String] {
        let margin = String(repeating: " ", count: width)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { $0.isEmpty ? "" : margin + $0 }
    }

    /// `Total: 3 / 26 points (11.5%) · 2 of 12 cases passed · 2 failed · 5 errors · 2 timed out · 1 skipped`.
    private func totalLine(_ run: RunResult, style: TerminalStyle) -> String {
        let cases = run.allCases
        let count = { (status: CaseStatus) in cases.filter { $0.status == status }.count }
        var parts = ["\(count(.passed)) of \(cases.count) cases passed"]
        let failed = count(.failed), errors = count(.error), timedOut = count(.timedOut), skipped = count(.skipped)
        if failed > 0 { parts.append(style.red("\(failed) failed")) }
        if errors > 0 { parts.append(style.red(errors == 1 ? "1 error" : "\(errors) errors")) }
        if timedOut > 0 { parts.append(style.red("\(timedOut) timed out")) }
        if skipped > 0 { parts.append(style.yellow("\(skipped) skipped")) }
        let score = ReportNumbers.scoreInPoints(run.points, of: run.maxPoints)
            + " (\(ReportNumbers.percent(run.points, of: run.maxPoints)))"
        return style.bold("Total: ") + style.score(score, points: run.points, of: run.maxPoints) + " · "
            + parts.joined(separator: " · ")
    }
}

/// One graded function's cases, counted for its line in the terminal report.
private struct FunctionSummary {
    /// The function's name, sanitised.
    var name: String
    /// Its cases, in report order.
    var cases: [CaseResult]

    init(name: String, cases: [CaseResult]) {
        self.name = TextSanitizer.line.cleanLine(name)
        self.cases = cases
    }

    private var ran: [CaseResult] { cases.filter { $0.status != .skipped } }
    private var passed: Int { ran.filter { $0.status == .passed }.count }

    /// True when at least one case ran and every case that ran passed.
    var allPassed: Bool { !ran.isEmpty && passed == ran.count }

    /// ✓ when all passed, – when nothing ran, ✗ otherwise.
    func mark(_ style: TerminalStyle) -> String {
        ran.isEmpty ? style.yellow("–") : (allPassed ? style.green("✓") : style.red("✗"))
    }

    /// E.g. `1/5 cases (1 skipped)`.
    var counts: String {
        let skipped = cases.count - ran.count
        return "\(passed)/\(ran.count) cases" + (skipped > 0 ? " (\(skipped) skipped)" : "")
    }

    /// E.g. `2 / 13 points`.
    var score: String {
        ReportNumbers.scoreInPoints(cases.reduce(0) { $0 + $1.points }, of: cases.reduce(0) { $0 + $1.maxPoints })
    }
}

extension String {
    /// The string followed by spaces up to `width` characters (unchanged when already as long).
    fileprivate func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
