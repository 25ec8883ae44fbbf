import Foundation
import Testing

/// `grader run` on the hostile submission of `Tests/Submissions/hostile`: each misbehaving function
/// costs its own cases only, and no worker outlives the grader. Part of the serialized
/// `GradingOutcomeTests`, so that no other full grading competes with its one-second limit.
extension GradingOutcomeTests {
    /// A verdict as `GraderProcess.Outcome.cases()` reads it from the JUnit report.
    typealias Verdict = (outcome: String, type: String, message: String)

    @Test func eachHostileFunctionCostsOnlyItsOwnCases() throws {
        let copy = try ExerciseCopy()
        try copy.overlay("hostile")
        // The grader's work folders, and so its workers' first argument, fall under this folder. The level
        // below bubblewrap runs workers with their real paths, which the survivor check below looks for
        // (bubblewrap's own arguments name only the sandbox's paths; the attack suite covers that level).
        let temporary = try ScratchFolder("grader-tmp")
        let watch = ProcessWatch(marker: temporary.url.path)
        let run = try GraderProcess.run(
            ["run", "--exercises-dir", copy.root.path, "--timeout", "1", "--color", "never", "--sandbox", "fallback"],
            environment: ["TMPDIR": temporary.url.path])
        let workers = watch.stop().filter { $0.first?.hasSuffix("/worker") == true }
        #expect(run.status == 1, "stderr: \(run.standardError)")
        let cases = try run.cases()
        #expect(cases.count == (try ShippedFixtures.caseCount()))

        /// Whether the graded function has cases and each of them satisfies `verdict`.
        func every(_ function: String, _ verdict: (Verdict) -> Bool) -> Bool {
            let mine = cases.filter { $0.key.hasPrefix(function + "[") }.map(\.value)
            return !mine.isEmpty && mine.allSatisfy(verdict)
        }
        // A trap costs forward_propagation's cases; backward_propagation in the same file passes.
        #expect(every("forward_propagation") { $0.outcome == "error" && $0.type == "crashed" && $0.message.contains("SIGILL") })
        #expect(every("backward_propagation") { $0.outcome == "passed" })
        // A stack overflow costs backward_propagation_with_dropout's cases, and only those; the
        // forward pass in the same file passes.
        #expect(every("backward_propagation_with_dropout") {
            $0.outcome == "error" && $0.type == "crashed" && $0.message.contains("SIGSEGV") && $0.message.contains("stack overflow")
        })
        #expect(cases.filter { $0.value.message.contains("SIGSEGV") }.keys.allSatisfy { $0.hasPrefix("backward_propagation_with_dropout[") })
        #expect(every("forward_propagation_with_dropout") { $0.outcome == "passed" })
        // An infinite loop is stopped at the limit, case by case, and its workers do not outlive the grader.
        #expect(every("gradient_check") { $0.outcome == "error" && $0.type == "timeout" })
        #expect(workers.contains { $0.dropFirst().contains { $0.hasPrefix(temporary.url.path) } },
                "no worker was seen with a work folder under TMPDIR: the survivor check below would prove nothing")
        let survivors = ProcessTable.survivors(mentioning: temporary.url.path)
        #expect(survivors.isEmpty, "processes of the grader still running after it exited: \(survivors.sorted())")
        ProcessTable.kill(survivors)
        // A NaN never passes; 10 MB of printing does not stop a right answer from passing.
        #expect(every("update_lr") { $0.outcome == "failure" && $0.message.lowercased().contains("nan") })
        #expect(every("schedule_lr_decay") { $0.outcome == "passed" })
        // Wrong shape, missing key, extra key: each fails its own function only.
        #expect(every("initialize_parameters_zeros") { $0.outcome == "failure" && $0.message.contains("shape") })
        #expect(every("initialize_parameters_random") { $0.outcome == "failure" && $0.message.contains("b1") })
        #expect(every("initialize_parameters_he") { $0.outcome == "failure" && $0.message.contains("W9") })
        // Colour codes and NUL bytes in the output do not spoil a right answer or the report.
        #expect(every("update_parameters_with_momentum") { $0.outcome == "passed" })
        // A compile error costs its exercise only, with the compiler's diagnostics.
        #expect(every("update_parameters_with_adam") { $0.outcome == "error" && $0.type == "compileError" })
        #expect(every("initialize_adam") { $0.message.contains("Adam.swift:") && $0.message.contains("error:") })
        // Everything else passes.
        for function in ["backward_propagation_n", "gradient_check_n", "compute_cost_with_regularization",
                         "backward_propagation_with_regularization", "random_mini_batches", "update_parameters_with_gd"] {
            #expect(every(function) { $0.outcome == "passed" }, "\(function)")
        }
        let junitText = try String(contentsOf: run.reports.appendingPathComponent("junit.xml"), encoding: .utf8)
        #expect(!junitText.contains("\u{1B}") && !junitText.contains("\u{0}"))
        #expect(junitText.utf8.count < 2_000_000, "10 MB of output must be truncated in the report")
    }
}
