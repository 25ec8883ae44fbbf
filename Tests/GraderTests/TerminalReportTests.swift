@testable import Grader
import Testing

private func lines(_ text: String) -> [Substring] {
    text.split(separator: "\n", omittingEmptySubsequences: false)
}

/// A failing N-dimensional gradient check that returned the buggy backward pass's difference, and a hidden one.
private func failingGradientCheck() -> RunResult {
    let exercise = ExerciseResult(name: "gradient_check_n", title: "N-dimensional gradient checking", cases: [
        SampleRuns.result("gradient_check_n[seed=1]", exercise: "gradient_check_n", function: "gradient_check_n",
                          status: .failed, message: "difference: expected 1.1890913024229996e-07, got 0.2850931567761623",
                          returnedNumber: 0.2850931567761623),
        SampleRuns.result("gradient_check_n[hidden]", exercise: "gradient_check_n", function: "gradient_check_n",
                          status: .failed, hidden: true, message: "difference: wrong value"),
    ], duration: 1)
    return RunResult(exercises: [exercise], solution: "student", isolation: .bubblewrap, startedAt: .distantPast, duration: 1)
}

@Test func normalModeShowsFunctionsFailuresScoresAndTotal() {
    let text = TerminalReport().render(SampleRuns.everyOutcome())
    #expect(!text.contains("\u{1B}"))
    let all = lines(text)
    #expect(all[0] == "Adam (adam)")
    #expect(all[1] == "  ✓ initialize_adam               1/1 cases               1 / 1 point   All tests passed")
    #expect(all[2] == "  ✗ update_parameters_with_adam   1/5 cases (1 skipped)   2 / 13 points")
    #expect(all[3] == #"      ✗ update_parameters_with_adam[t=3]: parameters["W1"][1, 2]: expected 0.85639907, got 0.85740001"#)
    #expect(text.contains("      ✗ update_parameters_with_adam[big] (timed out): did not finish within 10 s; the worker was killed\n"))
    #expect(text.contains("      – update_parameters_with_adam[hidden-2] (hidden, skipped): hidden cases are not run"))
    #expect(text.contains("      ✗ initialize_velocity[L=2], initialize_velocity[L=3] (not implemented): "
        + "initialize_velocity is not implemented\n"))
    #expect(text.contains("  Adam: 3 / 14 points\n"))
    #expect(text.hasSuffix("\nTotal: 3 / 24 points (12.5%) · 2 of 12 cases passed · 2 failed · 6 errors · 1 timed out · 1 skipped\n"
        + "Isolation: \(IsolationLevel.bubblewrap.summary)\n"))
    // Details of wrong answers wait for --verbose; compiler diagnostics are shown, once.
    #expect(!text.contains("largest absolute error"))
    #expect(!text.contains("Hint:"))
    #expect(!text.contains("✓ update_parameters_with_adam[t=2]"))
    #expect(text.components(separatedBy: "          exercises/dropout/Dropout.swift:12:9: error:").count == 2)
}

@Test func verboseModeShowsEveryCaseDetailsHintsAndOutput() {
    let text = TerminalReport(verbosity: .verbose).render(SampleRuns.everyOutcome())
    #expect(text.contains("      ✓ update_parameters_with_adam[t=2] (0.25 s)\n"))
    #expect(text.contains("\n          expected: 0.85639907\n               got: 0.85740001\n"))
    #expect(text.contains("\n          Hint: Hidden cases move the sizes"))
    #expect(text.contains("\n          Hint: A crash is a trap in your function"))
    #expect(text.components(separatedBy: "Hint:").count == 5)
    #expect(text.contains("\n          Output:\n            t = 3\n"))
    #expect(text.contains("\n          Fatal error: Index out of range\n"))
    #expect(text.components(separatedBy: "Dropout.swift:12:9: error:").count == 3)
}

@Test func everyOutcomeButAWrongAnswerIsLabelledBeforeTheMessage() {
    let text = TerminalReport().render(SampleRuns.everyOutcome())
    #expect(text.contains("      ✗ update_parameters_with_adam[big] (timed out): did not finish within 10 s"))
    #expect(text.contains("      ✗ update_parameters_with_adam[t=3]: parameters[\"W1\"][1, 2]: expected"))
}

@Test func terminalSaysWhenAnExerciseHasNoCases() {
    let run = RunResult(exercises: [ExerciseResult(name: "adam", title: "Adam", cases: [], duration: 0)],
                        solution: "student", isolation: .bubblewrap, startedAt: .distantPast, duration: 0)
    #expect(TerminalReport().render(run) == "Adam (adam)\n  no cases to grade\n  Adam: 0 / 0 points\n\n"
        + "Total: 0 / 0 points (100.0%) · 0 of 0 cases passed\nIsolation: \(IsolationLevel.bubblewrap.summary)\n")
}

@Test func quietModePrintsOnlyTheTotals() {
    let text = TerminalReport(verbosity: .quiet).render(SampleRuns.everyOutcome())
    #expect(lines(text) == [
        "Adam (adam): 3 / 14 points",
        "Momentum (momentum): 0 / 6 points",
        "Dropout (dropout): 0 / 4 points",
        "",
        "Total: 3 / 24 points (12.5%) · 2 of 12 cases passed · 2 failed · 6 errors · 1 timed out · 1 skipped",
        "Isolation: \(IsolationLevel.bubblewrap.summary)",
        "",
    ])
}

@Test(arguments: [Verbosity.quiet, .normal, .verbose])
func colourOnlyAddsEscapeSequences(verbosity: Verbosity) {
    for run in [SampleRuns.everyOutcome(), SampleRuns.allPassed(), failingGradientCheck()] {
        let plain = TerminalReport(verbosity: verbosity, usesColor: false).render(run)
        let coloured = TerminalReport(verbosity: verbosity, usesColor: true).render(run)
        #expect(coloured != plain)
        #expect(TextSanitizer.visible(coloured) == plain)
    }
}

@Test func colourMarksPassesGreenAndFailuresRed() {
    let text = TerminalReport(usesColor: true).render(SampleRuns.everyOutcome())
    #expect(text.contains("\u{1B}[32m✓\u{1B}[0m initialize_adam"))
    #expect(text.contains("\u{1B}[31m✗\u{1B}[0m update_parameters_with_adam"))
    #expect(text.contains("\u{1B}[33m–\u{1B}[0m update_parameters_with_adam[hidden-2]"))
    #expect(text.contains("  Adam: \u{1B}[33m3 / 14 points\u{1B}[0m"))
    #expect(text.contains("  Momentum: \u{1B}[31m0 / 6 points\u{1B}[0m"))
}

@Test func gradientChecksSpeakTheNotebooksWords() {
    let passed = TerminalReport().render(SampleRuns.allPassed())
    #expect(passed.contains("  ✓ gradient_check   2/2 cases   4 / 4 points   All tests passed\n"))
    #expect(passed.contains("      ✓ gradient_check[x=2,theta=4]\n"
        + "          Your backward propagation works perfectly fine! difference = 2.919335883291695e-10\n"))
    #expect(passed.contains("difference = 7.814075313343006e-11"))

    let failed = TerminalReport().render(failingGradientCheck())
    #expect(failed.contains("      ✗ gradient_check_n[seed=1]: difference: expected 1.1890913024229996e-07, got "
        + "0.2850931567761623\n          There is a mistake in the backward propagation! difference = 0.2850931567761623\n"))
    // A hidden case carries no number, so no verdict reveals it.
    #expect(failed.contains("      ✗ gradient_check_n[hidden] (hidden): difference: wrong value\n  N-dimensional"))
}

@Test func theNotebookThresholdDecidesTheVerdict() {
    #expect(NotebookWords.gradientCheck(difference: 1.1890913024229996e-07).correct)
    #expect(NotebookWords.gradientCheck(difference: 2e-7).correct)
    #expect(!NotebookWords.gradientCheck(difference: 2.0000001e-7).correct)
    #expect(!NotebookWords.gradientCheck(difference: .nan).correct)
}

@Test func hostileMessagesCannotDriveTheTerminal() {
    var run = SampleRuns.everyOutcome()
    run.exercises[0].cases[2].message = "\u{1B}[2J\u{1B}]0;pwned\u{7}wrong\nsecond line\u{0}"
    let text = TerminalReport().render(run)
    #expect(!text.contains("\u{1B}"))
    #expect(text.contains(#"      ✗ update_parameters_with_adam[t=3]: wrong second line\u{0}"#))
}

@Test(arguments: [
    (ColorMode.always, false, [String: String](), true),
    (.always, true, ["NO_COLOR": "1"], true),
    (.never, true, [:], false),
    (.auto, true, [:], true),
    (.auto, false, [:], false),
    (.auto, true, ["NO_COLOR": "1"], false),
    (.auto, true, ["NO_COLOR": ""], true),
    (.auto, true, ["TERM": "dumb"], false),
])
func colourModeFollowsTerminalAndNoColor(mode: ColorMode, isTerminal: Bool, environment: [String: String], expected: Bool) {
    #expect(mode.usesColor(isTerminal: isTerminal, environment: environment) == expected)
}
