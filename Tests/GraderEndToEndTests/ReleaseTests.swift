import Foundation
import Testing

/// `grader release` as an instructor runs it, then the release as a student gets it: built on its own
/// (a second package, so one test: the build takes minutes), it grades the untouched stubs (exit 1) and
/// a right submission (every public case passes), knows no hidden case and has no reference solutions.
@Suite(.serialized)
struct ReleaseTests {
    @Test func theReleaseBuildsAndGradesThePublicCasesOnly() throws {
        let folder = try ScratchFolder("release")
        let release = folder.url.appendingPathComponent("student-repo")
        let made = try GraderProcess.run(
            ["release", release.path, "--grader-repository", "course/grader", "--grader-ref", "v1"], reportArguments: false)
        #expect(made.status == 0, "\(made.standardError)")

        let build = Process()
        build.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        build.arguments = ["swift", "build", "--package-path", release.path, "--product", "grader"]
        let log = folder.url.appendingPathComponent("build.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let logHandle = try FileHandle(forWritingTo: log)
        build.standardOutput = logHandle
        build.standardError = logHandle
        try build.run()
        build.waitUntilExit()
        try logHandle.close()
        try #require(build.terminationStatus == 0, "the release does not build: \(String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self).suffix(2000))")
        let grader = release.appendingPathComponent(".build/debug/grader")

        let publicCases = try ShippedFixtures.all().mapValues { $0.filter { $0["visibility"] as? String == "public" } }
        let publicIDs = Set(publicCases.values.flatMap { $0.map { $0["id"] as! String } })

        let stubs = try run(grader, in: release, ["--exercises-dir", release.appendingPathComponent("exercises").path], folder: folder, name: "stubs")
        #expect(stubs.status == 1)
        #expect(Set(stubs.tests.map(\.name)) == publicIDs, "the release grades the public cases, and only those")
        #expect(stubs.score == 0)

        let right = folder.url.appendingPathComponent("right/exercises")
        try FileManager.default.copyItem(at: release.appendingPathComponent("exercises"), to: right)
        let correct = try ExerciseCopy.correctSolutions(in: folder.url.appendingPathComponent("correct"))
        for exercise in try FileManager.default.contentsOfDirectory(atPath: correct.path) {
            for file in try FileManager.default.contentsOfDirectory(atPath: correct.appendingPathComponent(exercise).path) {
                let target = right.appendingPathComponent(exercise)
                try FileManager.default.copyItem(at: correct.appendingPathComponent("\(exercise)/\(file)"), to: target.appendingPathComponent(file))
                let stem = file.dropFirst("Correct".count).dropLast(".swift".count)
                try Data("import Assignments\ntypealias Student\(stem) = Correct\(stem)\n".utf8).write(to: target.appendingPathComponent("\(stem).swift"))
            }
        }
        let graded = try run(grader, in: release, ["--exercises-dir", right.path], folder: folder, name: "right")
        #expect(graded.status == 0, "\(graded.output)")
        #expect(graded.tests.count == publicIDs.count && graded.tests.allSatisfy { $0.status == "pass" })

        let reference = try run(grader, in: release, ["--solution", "reference"], folder: folder, name: "reference")
        #expect(reference.status == 2 && reference.output.contains("no reference solutions"), "\(reference.output)")
    }

    /// What one run of the release's grader gave.
    struct Graded {
        var status: Int32
        var output: String
        var score: Double
        var tests: [(name: String, status: String)]
    }

    private func run(_ grader: URL, in release: URL, _ arguments: [String], folder: ScratchFolder, name: String) throws -> Graded {
        let results = folder.url.appendingPathComponent("\(name)/results.json")
        let process = Process()
        process.executableURL = grader
        process.currentDirectoryURL = release
        process.arguments = ["run", "--color", "never", "--quiet", "--json", results.path,
                             "--junit", folder.url.appendingPathComponent("\(name)/junit.xml").path,
                             "--markdown", folder.url.appendingPathComponent("\(name)/report.md").path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard let data = try? Data(contentsOf: results),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return Graded(status: process.terminationStatus, output: output, score: 0, tests: [])
        }
        let tests = (json["tests"] as? [[String: Any]] ?? []).map { ($0["name"] as? String ?? "", $0["status"] as? String ?? "") }
        return Graded(status: process.terminationStatus, output: output, score: json["score"] as? Double ?? -1, tests: tests)
    }
}
