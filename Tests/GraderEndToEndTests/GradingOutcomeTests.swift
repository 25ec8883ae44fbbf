import Foundation
import Testing

/// `grader run` as users meet it: the reference, untouched stubs, and a hostile submission (in
/// `HostileSubmissionTests.swift`), one at a time.
@Suite(.serialized)
struct GradingOutcomeTests {
    @Test func referenceSolutionEarnsFullScoreAndExitsZero() throws {
        let run = try GraderProcess.run(["run", "--solution", "reference", "--color", "never"])
        #expect(run.status == 0, "stderr: \(run.standardError)")
        let results = try run.results()
        #expect(results["status"] as? String == "pass")
        #expect(results["score"] as? Double == results["max_score"] as? Double)
        let cases = try run.cases()
        #expect(cases.count == (try ShippedFixtures.caseCount()))
        #expect(!cases.isEmpty && cases.values.allSatisfy { $0.outcome == "passed" })
        #expect(run.standardOutput.contains("All tests passed"))
    }

    @Test func untouchedStubsScoreZeroAndEveryCaseIsListed() throws {
        let run = try GraderProcess.run(["run", "--color", "never"])
        #expect(run.status == 1)
        #expect(try run.results()["score"] as? Double == 0)
        let cases = try run.cases()
        #expect(cases.count == (try ShippedFixtures.caseCount()))
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
}
