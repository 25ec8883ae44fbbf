import Foundation
import Fixtures
@testable import Grader
import NumericCore
import Testing

/// The report of `run` parsed back into Foundation objects.
private func parsed(_ run: RunResult) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: ExercismResultsReport(path: "results.json").render(run)) as? [String: Any])
}

private func tests(_ document: [String: Any]) throws -> [[String: Any]] {
    try #require(document["tests"] as? [[String: Any]])
}

@Test func hasTheVersion3ShapeWithScores() throws {
    let document = try parsed(SampleRuns.everyOutcome())
    #expect(Set(document.keys) == ["version", "status", "tests", "score", "max_score", "isolation"])
    #expect(document["isolation"] as? String == "bubblewrap")
    #expect(document["version"] as? Int == 3)
    #expect(document["status"] as? String == "fail")
    #expect(document["score"] as? Double == 3)
    #expect(document["max_score"] as? Double == 24)
    let allowed: Set<String> = ["name", "status", "message", "output", "test_code", "task_id", "score", "max_score"]
    for test in try tests(document) {
        #expect(Set(test.keys).isSubset(of: allowed))
        #expect(["pass", "fail", "error"].contains(test["status"] as? String))
        #expect((test["status"] as? String == "pass") == (test["message"] == nil))
    }
}

@Test func listsEveryCaseThatRanInOrderWithItsTask() throws {
    let run = SampleRuns.everyOutcome()
    let listed = try tests(try parsed(run))
    let ran = run.allCases.filter { $0.status != .skipped }
    #expect(listed.map { $0["name"] as? String } == ran.map(\.id))
    #expect(listed.map { $0["status"] as? String }
        == ["pass", "pass", "fail", "fail", "error", "error", "error", "error", "error", "error", "error"])
    // Tasks are the graded functions, numbered across the whole run: adam's two, momentum's two, dropout's two.
    #expect(listed.map { $0["task_id"] as? Int } == [1, 2, 2, 2, 2, 2, 3, 3, 4, 5, 6])
    #expect(listed.allSatisfy { ($0["test_code"] as? String)?.isEmpty == false })
    #expect(listed.map { $0["max_score"] as? Double } == ran.map(\.maxPoints))
    #expect(listed[2]["message"] as? String
        == "parameters[\"W1\"][1, 2]: expected 0.85639907, got 0.85740001\n\nexpected: 0.85639907\n"
        + "     got: 0.85740001\nlargest absolute error 1.0e-3 at [1, 2]")
    #expect(listed[0]["output"] as? String == "initialising\n")
    #expect(listed[1]["output"] == nil)
}

@Test func capsOutputAtFiveHundredCharacters() throws {
    var run = SampleRuns.allPassed()
    run.exercises[0].cases[0].output = String(repeating: "loss = 0.693\n", count: 1_000)
    let output = try #require(try tests(try parsed(run))[0]["output"] as? String)
    #expect(output.count <= 500)
    #expect(output.contains("… [truncated "))
}

@Test func passesWhenEveryCaseThatRanPassed() throws {
    var run = SampleRuns.allPassed()
    run.exercises[0].cases.append(SampleRuns.result(
        "gradient_check[hidden]", exercise: "gradient_check", function: "gradient_check", status: .skipped,
        hidden: true, message: "hidden cases are not run (--no-hidden)"))
    let document = try parsed(run)
    #expect(document["status"] as? String == "pass")
    #expect(document["message"] == nil)
    #expect(try tests(document).count == 2)
    #expect(document["max_score"] as? Double == 6)
}

@Test func errorsWithTheCompilerMessageWhenNothingCouldRun() throws {
    var run = SampleRuns.everyOutcome()
    run.exercises = [run.exercises[2]]
    let document = try parsed(run)
    #expect(document["status"] as? String == "error")
    let message = try #require(document["message"] as? String)
    #expect(message == "exercises/dropout/Dropout.swift did not compile\n\n"
        + "exercises/dropout/Dropout.swift:12:9: error: cannot find 'keep_prob' in scope")
}

@Test func errorsWhenThereWasNothingToGrade() throws {
    let run = RunResult(exercises: [], solution: "student", isolation: .bubblewrap, startedAt: Date(), duration: 0)
    let document = try parsed(run)
    #expect(document["status"] as? String == "error")
    #expect(document["message"] as? String == "there were no cases to grade")
}

@Test func outputIsStableWithSortedKeys() throws {
    let first = try ExercismResultsReport(path: "results.json").render(SampleRuns.everyOutcome())
    let second = try ExercismResultsReport(path: "results.json").render(SampleRuns.everyOutcome())
    #expect(first == second)
    let text = String(decoding: first, as: UTF8.self)
    let topLevel = ["\"max_score\"", "\"score\"", "\"status\"", "\"tests\"", "\"version\""]
        .map { text.range(of: "\n  \($0)")!.lowerBound }
    #expect(topLevel == topLevel.sorted())
    #expect(text.hasSuffix("}\n"))
}

@Test func writesIntoAFolderItCreates() throws {
    try PackagePaths.withTemporaryFolder { folder in
        let path = folder.appendingPathComponent("out/results.json").path
        try ExercismResultsReport(path: path).write(SampleRuns.allPassed())
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes == (try ExercismResultsReport(path: "results.json").render(SampleRuns.allPassed())))
    }
}

@Test func aCaseIsShownAsTheNotebooksCallAndAHiddenOneWithoutItsInputs() {
    let fixtureCase = FixtureCase(
        id: "update_lr[1]", function: "update_lr", description: "d", visibility: .public, points: 1, provenance: "p",
        tolerance: Tolerance(rtol: 0, atol: 0),
        inputs: ["epoch_num": .int(2), "learning_rate0": .float(0.5), "grads": .dict(["dW1": .matrix(Matrix.ones(3, 2))])],
        inputOrder: ["learning_rate0", "epoch_num", "grads"], expected: ["learning_rate": .float(0.25)])
    #expect(NotebookCall.text(fixtureCase, revealInputs: true)
            == "update_lr(learning_rate0=0.5, epoch_num=2, grads={'dW1': array(shape=(3, 2))})")
    #expect(!NotebookCall.text(fixtureCase, revealInputs: false).contains("0.5"))
}
