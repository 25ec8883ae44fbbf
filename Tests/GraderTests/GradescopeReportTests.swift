import Foundation
import Testing

@testable import Grader

@Suite struct GradescopeReportTests {
    func document(_ run: RunResult) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: GradescopeReport(path: "results.json").render(run)) as! [String: Any]
    }

    @Test func everyCaseThatRanIsATestWithItsPointsStatusAndVisibility() throws {
        let run = SampleRuns.everyOutcome()
        let json = try document(run)
        let tests = try #require(json["tests"] as? [[String: Any]])
        let ran = run.allCases.filter { $0.status != .skipped }
        #expect(tests.count == ran.count)
        for (test, result) in zip(tests, ran) {
            #expect((test["name"] as? String)?.hasSuffix(result.id) == true)
            #expect(test["score"] as? Double == result.points && test["max_score"] as? Double == result.maxPoints)
            #expect(test["status"] as? String == (result.status == .passed ? "passed" : "failed"))
            #expect(test["visibility"] as? String == (result.isHidden ? "after_published" : "visible"))
            #expect(result.message.isEmpty || (test["output"] as? String)?.contains(result.message) == true)
        }
        #expect(json["score"] as? Double == run.points)
        #expect(json["execution_time"] as? Int == Int(run.duration.rounded(.up)))
        #expect((json["output"] as? String)?.contains(run.isolation.rawValue) == true)
        #expect(json["stdout_visibility"] as? String == "hidden")
    }

    @Test func theSameResultsGiveTheSameBytes() throws {
        let run = SampleRuns.allPassed()
        #expect(try GradescopeReport(path: "results.json").render(run) == GradescopeReport(path: "results.json").render(run))
    }
}
