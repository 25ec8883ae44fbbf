import Foundation
import Testing

/// The grader's own failures: exit status 2 and one clear line, before any grading.
struct CommandLineFailureTests {
    @Test func malformedFixtureNamesTheFileAndJSONPath() throws {
        let folder = try ScratchFolder("fixtures")
        try Data(#"{"format": 1, "exercise": "adam", "generator": "x", "cases": [{"id": 3}]}"#.utf8)
            .write(to: folder.url.appendingPathComponent("adam.json"))
        let run = try GraderProcess.run(["run", "--solution", "reference", "--fixtures", folder.url.path])
        #expect(run.status == 2)
        let lines = run.standardError.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(run.standardError.contains("adam.json: $.cases[0]"))
    }

    @Test func unwritableReportPathExitsTwo() throws {
        let folder = try ScratchFolder("blocker")
        let blocker = folder.url.appendingPathComponent("blocker")
        try Data("a file, not a folder".utf8).write(to: blocker)
        let run = try GraderProcess.run(
            ["run", "--solution", "reference", "--exercise", "adam", "--junit", blocker.appendingPathComponent("junit.xml").path],
            reportArguments: false)
        #expect(run.status == 2)
        #expect(run.standardError.split(separator: "\n").count == 1)
        #expect(run.standardError.contains("junit.xml"))
    }

    @Test func misspeltExerciseSuggestsTheClosestName() throws {
        let run = try GraderProcess.run(["run", "--exercise", "adma"], reportArguments: false)
        #expect(run.status == 2)
        #expect(run.standardError.contains("did you mean 'adam'"))
        let byFunction = try GraderProcess.run(["run", "--exercise", "update_lr"], reportArguments: false)
        #expect(byFunction.standardError.contains("'learning_rate_decay'"))
    }
}
