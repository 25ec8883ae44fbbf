import Foundation
import Testing

/// `grader run` as users meet it: the reference, untouched stubs, and a hostile submission.
@Suite(.serialized)
struct GradingOutcomeTests {
    @Test func referenceSolutionEarnsFullScoreAndExitsZero() throws {
        let run = try GraderProcess.run(["run", "--solution", "reference", "--color", "never"])
        #expect(run.status == 0, "stderr: \(run.standardError)")
        let results = try run.results()
        #expect(results["status"] as? String == "pass")
        #expect(results["score"] as? Double == results["max_score"] as? Double)
        let cases = try run.cases()
        #expect(cases.count == (try GraderProcess.shippedCaseCount()))
        #expect(cases.values.allSatisfy { $0.outcome == "passed" })
        #expect(run.standardOutput.contains("All tests passed"))
    }

    @Test func untouchedStubsScoreZeroAndEveryCaseIsListed() throws {
        let run = try GraderProcess.run(["run", "--color", "never"])
        #expect(run.status == 1)
        #expect(try run.results()["score"] as? Double == 0)
        let cases = try run.cases()
        #expect(cases.count == (try GraderProcess.shippedCaseCount()))
        for (name, verdict) in cases {
            if name.hasPrefix("backward_propagation_n[") {
                // The shipped file holds the notebook's buggy backward pass: wrong, not unimplemented.
                #expect(verdict.outcome == "failure", "\(name)")
            } else {
                #expect(verdict.outcome == "error" && verdict.type == "notImplemented", "\(name): \(verdict)")
            }
        }
        #expect(!run.standardOutput.contains("Fatal error"))
    }

    @Test func eachHostileFunctionCostsOnlyItsOwnCases() throws {
        let copy = try ExerciseCopy()
        try copy.overlay("hostile")

        let run = try GraderProcess.run(["run", "--exercises-dir", copy.root.path, "--timeout", "1", "--color", "never"])
        #expect(run.status == 1, "stderr: \(run.standardError)")
        let cases = try run.cases()
        #expect(cases.count == (try GraderProcess.shippedCaseCount()))

        func verdicts(_ prefix: String) -> [(outcome: String, type: String, message: String)] {
            cases.filter { $0.key.hasPrefix(prefix + "[") }.map(\.value)
        }
        // A trap costs forward_propagation's cases; backward_propagation in the same file passes.
        #expect(verdicts("forward_propagation").allSatisfy { $0.outcome == "error" && $0.type == "crashed" && $0.message.contains("SIGILL") })
        #expect(verdicts("backward_propagation").allSatisfy { $0.outcome == "passed" })
        // An infinite loop is stopped at the limit, case by case.
        #expect(verdicts("gradient_check").allSatisfy { $0.outcome == "error" && $0.type == "timeout" })
        // A NaN never passes; 10 MB of printing does not stop a right answer from passing.
        #expect(verdicts("update_lr").allSatisfy { $0.outcome == "failure" && $0.message.lowercased().contains("nan") })
        #expect(verdicts("schedule_lr_decay").allSatisfy { $0.outcome == "passed" })
        // Wrong shape, missing key, extra key: each fails its own function only.
        #expect(verdicts("initialize_parameters_zeros").allSatisfy { $0.outcome == "failure" && $0.message.contains("shape") })
        #expect(verdicts("initialize_parameters_random").allSatisfy { $0.outcome == "failure" && $0.message.contains("b1") })
        #expect(verdicts("initialize_parameters_he").allSatisfy { $0.outcome == "failure" && $0.message.contains("W9") })
        // Colour codes and NUL bytes in the output do not spoil a right answer or the report.
        #expect(verdicts("update_parameters_with_momentum").allSatisfy { $0.outcome == "passed" })
        // A compile error costs its exercise only, with the compiler's diagnostics.
        #expect(verdicts("update_parameters_with_adam").allSatisfy { $0.outcome == "error" && $0.type == "compileError" })
        #expect(verdicts("initialize_adam").allSatisfy { $0.message.contains("Adam.swift:") && $0.message.contains("error:") })
        // Everything else passes.
        for prefix in ["backward_propagation_n", "gradient_check_n", "compute_cost_with_regularization",
                       "forward_propagation_with_dropout", "random_mini_batches", "update_parameters_with_gd"] {
            #expect(!verdicts(prefix).isEmpty && verdicts(prefix).allSatisfy { $0.outcome == "passed" }, "\(prefix)")
        }
        let junitText = try String(contentsOf: run.reports.appendingPathComponent("junit.xml"), encoding: .utf8)
        #expect(!junitText.contains("\u{1B}") && !junitText.contains("\u{0}"))
        #expect(junitText.utf8.count < 2_000_000, "10 MB of output must be truncated in the report")
    }
}
