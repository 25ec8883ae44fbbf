import Foundation
@testable import Grader
import Testing

/// The table lines of a Markdown document: lines starting with `|`.
private func tableLines(_ markdown: String) -> [Substring] {
    markdown.split(separator: "\n").filter { $0.hasPrefix("|") }
}

/// The number of cells in a table line: `|` not preceded by a backslash, minus one.
private func cellCount(_ line: Substring) -> Int {
    var count = 0
    var previous: Character = " "
    for character in line {
        if character == "|", previous != "\\" { count += 1 }
        previous = character
    }
    return count - 1
}

@Test func cellsEscapePipesMarkupAndLineBreaks() {
    #expect(MarkdownText.cell("a | b\nc") == #"a \| b<br>c"#)
    #expect(MarkdownText.cell("*bold* _it_ [link](x) <b> `code` ~s~ &amp; #h")
        == ##"\*bold\* \_it\_ \[link\](x) \<b\> \`code\` \~s\~ \&amp; \#h"##)
    #expect(MarkdownText.inline("line one\nline two | \u{1B}[31mred") == #"line one line two \| red"#)
}

@Test func codeSpansOutfenceTheirBackticks() {
    #expect(MarkdownText.code("adam") == "`adam`")
    #expect(MarkdownText.code("a`b") == "``a`b``")
    #expect(MarkdownText.code("`x`") == "`` `x` ``")
    #expect(MarkdownText.code("a|b", inTable: true) == #"`a\|b`"#)
}

@Test func codeBlocksOutfenceTheirBackticks() {
    #expect(MarkdownText.codeBlock("plain\n") == "```text\nplain\n```")
    let tricky = "before\n```\nnot the end\n`````\nafter"
    let block = MarkdownText.codeBlock(tricky)
    #expect(block.hasPrefix("``````text\n"))
    #expect(block.hasSuffix("\nafter\n``````"))
    #expect(block.contains(tricky))
}

@Test func summaryTableHasARowPerExerciseAndATotal() {
    let markdown = MarkdownReport(environment: [:]).summary(SampleRuns.everyOutcome())
    #expect(markdown.hasPrefix("# Grading report\n"))
    #expect(markdown.contains("**Score: 3 / 24** (12.5%) · 2 of 12 cases passed · student solution"))
    let table = tableLines(markdown)
    #expect(table.count == 6)
    #expect(table[0] == "| Exercise | Score | Passed | Failed | Errors | Skipped | Time |")
    #expect(table[2] == "| Adam (`adam`) | 3 / 14 | 2 | 2 | 2 | 1 | 12.35 s |")
    #expect(table[3] == "| Momentum (`momentum`) | 0 / 6 | 0 | 0 | 3 | 0 | 1.50 s |")
    #expect(table[5] == "| **Total** | **3 / 24** | 2 | 2 | 7 | 1 | 17.50 s |")
}

@Test func hostileTitlesCannotBreakTheTable() {
    var run = SampleRuns.everyOutcome()
    run.exercises[0].title = "Adam | with\npipes `and` <b>html</b>"
    run.exercises[1].name = "mo|mentum"
    let markdown = MarkdownReport(environment: [:]).render(run)
    for line in tableLines(markdown) {
        #expect(cellCount(line) == 7, "\(line)")
    }
    #expect(markdown.contains(#"Adam \| with<br>pipes \`and\` \<b\>html\</b\>"#))
}

@Test func everyNonPassingCaseIsListedWithItsDetailsAndHint() {
    let run = SampleRuns.everyOutcome()
    let markdown = MarkdownReport(environment: [:]).render(run)
    for result in run.allCases where result.status != .passed {
        #expect(markdown.contains("`\(result.id)`"), "\(result.id)")
    }
    for result in run.allCases where result.status == .passed {
        #expect(!markdown.contains("`\(result.id)`"), "\(result.id)")
    }
    #expect(markdown.contains("### ✗ `update_parameters_with_adam[t=3]`: failed, 0 / 2 points"))
    #expect(markdown.contains("```text\nexpected: 0.85639907\n     got: 0.85740001\nlargest absolute error"))
    #expect(markdown.contains("### ✗ `update_parameters_with_adam[hidden-1]` (hidden): failed, 0 / 3 points"))
    #expect(markdown.contains("### – `update_parameters_with_adam[hidden-2]` (hidden): skipped, 0 / 2 points"))
    #expect(markdown.contains("<details><summary>Output</summary>\n\n```text\nt = 3\n```\n\n</details>"))
    #expect(markdown.contains("> **Hint:** Fix the first compiler error in `exercises/dropout/Dropout.swift`"))
    #expect(markdown.contains("> **Hint:** A crash is a trap in your function"))
    #expect(markdown.contains("> **Hint:** Hidden cases move the sizes"))
    // Other outcomes' advice is the engine's, in the details: the report adds none of its own.
    #expect(markdown.components(separatedBy: "> **Hint:**").count == 4)
    // One compile error: its two cases share a heading and the diagnostics appear once.
    #expect(markdown.contains("### ✗ `forward_propagation_with_dropout[kp=0.86]`, "
        + "`backward_propagation_with_dropout[kp=0.8]`: compile error, 0 / 4 points"))
    #expect(markdown.components(separatedBy: "cannot find 'keep_prob' in scope").count == 2)
}

@Test func aCompileErrorSplitIntoPublicAndHiddenGroupsPrintsItsDiagnosticsOnce() {
    let diagnostics = "exercises/adam/Adam.swift:4:21: error: cannot convert value of type 'String' to specified type 'Int'"
    let cases = [("initialize_adam[notebook]", false), ("initialize_adam[2-3-1]", true), ("update_parameters_with_adam[t=2]", false)]
        .map { id, hidden in
            SampleRuns.result(id, status: .error, kind: .compileError, hidden: hidden,
                              message: "the exercise did not compile", details: diagnostics, duration: 0)
        }
    let run = RunResult(exercises: [ExerciseResult(name: "adam", title: "Adam", cases: cases, duration: 0)],
                        solution: "student", isolation: .bubblewrap, startedAt: .distantPast, duration: 0)
    let markdown = MarkdownReport(environment: [:]).render(run)
    #expect(markdown.components(separatedBy: "### ✗").count == 4)
    #expect(markdown.components(separatedBy: "cannot convert value of type").count == 2)
    #expect(markdown.components(separatedBy: "The compiler's output is shown above.").count == 3)
    #expect(markdown.components(separatedBy: "> **Hint:** Fix the first compiler error").count == 2)
}

@Test func markdownSaysWhenAnExerciseHasNoCases() {
    let run = RunResult(exercises: [ExerciseResult(name: "adam", title: "Adam", cases: [], duration: 0)],
                        solution: "student", isolation: .bubblewrap, startedAt: .distantPast, duration: 0)
    #expect(MarkdownReport(environment: [:]).render(run).hasSuffix("## Adam (`adam`): 0 / 0\n\nNo cases to grade.\n"))
}

@Test func anExerciseWithNothingToFixSaysSo() {
    let markdown = MarkdownReport(environment: [:]).render(SampleRuns.allPassed())
    #expect(markdown.contains("## 1-D gradient checking (`gradient_check`): 4 / 4\n\nAll tests passed: 2 of 2 cases."))
    #expect(!markdown.contains("###"))
}

@Test func writesTheReportAndAppendsTheSummaryForGitHub() throws {
    try PackagePaths.withTemporaryFolder { folder in
        let summaryFile = folder.appendingPathComponent("step-summary.md")
        try Data("earlier step\n".utf8).write(to: summaryFile)
        let path = folder.appendingPathComponent("reports/report.md").path
        let report = MarkdownReport(path: path, environment: ["GITHUB_STEP_SUMMARY": summaryFile.path])
        let run = SampleRuns.everyOutcome()
        try report.write(run)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == report.render(run))
        let summary = try String(contentsOf: summaryFile, encoding: .utf8)
        #expect(summary == "earlier step\n" + report.summary(run) + "\n")
        #expect(!summary.contains("###"))
    }
}

@Test func withoutGitHubNoSummaryIsWritten() throws {
    try PackagePaths.withTemporaryFolder { folder in
        let path = folder.appendingPathComponent("report.md").path
        try MarkdownReport(path: path, environment: ["GITHUB_STEP_SUMMARY": ""]).write(SampleRuns.allPassed())
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.md"])
    }
}

@Test func anUnwritableSummaryIsNamed() throws {
    try PackagePaths.withTemporaryFolder { folder in
        let missing = folder.appendingPathComponent("no-such-folder/summary.md").path
        let report = MarkdownReport(path: folder.appendingPathComponent("report.md").path, environment: ["GITHUB_STEP_SUMMARY": missing])
        let error = #expect(throws: ReportWriteError.self) {
            try report.write(SampleRuns.allPassed())
        }
        #expect(error?.description == "cannot write the job summary to \(missing): No such file or directory")
    }
}

@Test func aRecursionThatNeverEndsGetsItsOwnHint() {
    let frame = CrashFrame(path: "exercises/dropout/Dropout.swift", line: 11, column: 25,
                           function: "StudentDropout.backwardPropagationWithDropout(X:Y:cache:keepProb:)", recursive: true)
    let recursion = CrashReport(termination: .signaled(11), frames: [frame])
    let crash = SampleRuns.result(
        "backward_propagation_with_dropout[kp=0.8]", exercise: "dropout", function: "backward_propagation_with_dropout",
        status: .error, kind: .crashed, message: recursion.summary(of: "your code"), crash: recursion)
    #expect(crash.hint?.hasPrefix("Your function calls itself again and again") == true)
    let trapped = CrashReport(termination: .signaled(4), frames: [CrashFrame(path: "exercises/adam/Adam.swift", line: 4, column: 9)])
    let trap = SampleRuns.result("update_parameters_with_adam[crash]", status: .error, kind: .crashed,
                                 message: trapped.summary(of: "your code"), crash: trapped)
    #expect(trap.hint?.hasPrefix("A crash is a trap") == true)
}
