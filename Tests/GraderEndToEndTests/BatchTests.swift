import Foundation
import Testing

/// `grader batch` and `grader gradebook` as an instructor runs them, on a small class graded on one
/// exercise (`learning_rate_decay`) to stay quick: a right submission, the untouched stubs, the hostile
/// file (NaN and 10 MB of output), an empty submission and a folder that is not a submission.
@Suite(.serialized)
struct BatchTests {
    static let exercise = "learning_rate_decay"

    /// The class's folder: `submissions/<name>/exercises`, and a roster naming one more student.
    struct SmallClass {
        let folder: ScratchFolder
        var submissions: URL { folder.url.appendingPathComponent("submissions") }
        var roster: URL { folder.url.appendingPathComponent("roster.csv") }
        func path(_ name: String) -> String { folder.url.appendingPathComponent(name).path }

        init() throws {
            folder = try ScratchFolder("batch-class")
            let manager = FileManager.default
            let stubs = GraderProcess.packageRoot.appendingPathComponent("exercises")
            for name in ["right", "stubs", "hostile"] {
                try manager.createDirectory(at: submissions.appendingPathComponent(name), withIntermediateDirectories: true)
                try manager.copyItem(at: stubs, to: submissions.appendingPathComponent("\(name)/exercises"))
            }
            let correct = try ExerciseCopy.correctSolutions(in: folder.url.appendingPathComponent("correct"))
                .appendingPathComponent(BatchTests.exercise)
            let right = submissions.appendingPathComponent("right/exercises/\(BatchTests.exercise)")
            for file in try manager.contentsOfDirectory(atPath: correct.path) {
                try manager.copyItem(at: correct.appendingPathComponent(file), to: right.appendingPathComponent(file))
                let stem = file.dropFirst("Correct".count).dropLast(".swift".count)
                try Data("import Assignments\ntypealias Student\(stem) = Correct\(stem)\n".utf8)
                    .write(to: right.appendingPathComponent("\(stem).swift"))
            }
            let hostile = GraderProcess.packageRoot.appendingPathComponent("Tests/Submissions/hostile/\(BatchTests.exercise)")
            for file in try manager.contentsOfDirectory(atPath: hostile.path) {
                let target = submissions.appendingPathComponent("hostile/exercises/\(BatchTests.exercise)/\(file)")
                try? manager.removeItem(at: target)
                try manager.copyItem(at: hostile.appendingPathComponent(file), to: target)
            }
            for file in try manager.contentsOfDirectory(atPath: correct.path) {
                try manager.copyItem(
                    at: correct.appendingPathComponent(file),
                    to: submissions.appendingPathComponent("hostile/exercises/\(BatchTests.exercise)/\(file)"))
            }
            try manager.createDirectory(at: submissions.appendingPathComponent("empty/exercises"), withIntermediateDirectories: true)
            try manager.createDirectory(at: submissions.appendingPathComponent("notes"), withIntermediateDirectories: true)
            let rows = ["folder,student_id,name,email", "right,S1,Rita,rita@example.edu", "stubs,S2,Sam,sam@example.edu",
                        "hostile,S3,Hal,hal@example.edu", "empty,S4,Em,em@example.edu", "absent,S5,Abe,abe@example.edu"]
            try Data((rows.joined(separator: "\n") + "\n").utf8).write(to: roster)
        }

        func batch(_ out: String, _ extra: [String] = []) throws -> GraderProcess.Outcome {
            try GraderProcess.run(
                ["batch", submissions.path, "--out", path(out), "--exercise", BatchTests.exercise, "--roster", roster.path,
                 "--timeout", "5"] + extra, reportArguments: false)
        }

        func gradebookRows(_ outs: [String], csv: String) throws -> [[String]] {
            let run = try GraderProcess.run(["gradebook"] + outs.map(path) + ["--csv", path(csv)], reportArguments: false)
            #expect(run.status == 0, "\(run.standardError)")
            let text = try String(contentsOfFile: path(csv), encoding: .utf8)
            return text.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        }
    }

    @Test func aClassIsGradedOnceThenOnlyWhatChangedAndShardsMergeIntoTheSameGradebook() throws {
        let course = try SmallClass()
        let first = try course.batch("all", ["--jobs", "2"])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("4 submissions · graded 4"), "\(first.standardOutput)")
        #expect(first.standardOutput.contains("notes"))
        for name in ["right", "stubs", "hostile", "empty"] {
            for report in ["junit.xml", "report.md", "results.json", "record.json"] {
                #expect(FileManager.default.fileExists(atPath: course.path("all/submissions/\(name)/\(report)")), "\(name) \(report)")
            }
        }
        let second = try course.batch("all")
        #expect(second.standardOutput.contains("graded 0 · unchanged 4"), "\(second.standardOutput)")

        let points = ShippedFixtures.points(try ShippedFixtures.cases(of: Self.exercise))
        let rows = try course.gradebookRows(["all"], csv: "all.csv")
        let header = rows[0]
        func row(_ id: String) throws -> [String: String] {
            let values = try #require(rows.first { $0.first == id }, "no row for \(id)")
            return Dictionary(uniqueKeysWithValues: zip(header, values))
        }
        #expect(try row("S1")["score"] == ShippedFixtures.written(points) && row("S1")["status"] == "graded")
        #expect(try row("S2")["score"] == "0" && row("S4")["score"] == "0" && row("S4")["status"] == "graded")
        #expect(try row("S5")["status"] == "missing" && row("S5")["score"] == "0")
        #expect(try row("S1")["max_score"] == ShippedFixtures.written(points) && row("S1")[Self.exercise] == ShippedFixtures.written(points))

        for index in 1...2 {
            let shard = try course.batch("shard-\(index)", ["--shard", "\(index)/2"])
            #expect(shard.status == 0, "\(shard.standardError)")
        }
        #expect(try course.gradebookRows(["shard-1", "shard-2"], csv: "shards.csv") == rows)
    }

    @Test func aSubmissionWhoseReportCannotBeWrittenIsAnInfrastructureErrorNotAScore() throws {
        let course = try SmallClass()
        // A folder where the JUnit report belongs: the grader cannot write it, as on a full disk.
        try FileManager.default.createDirectory(atPath: course.path("out/submissions/stubs/junit.xml"), withIntermediateDirectories: true)
        let run = try course.batch("out", ["--jobs", "2"])
        #expect(run.status == 1)
        #expect(run.standardOutput.contains("infrastructure errors 1") && run.standardOutput.contains("stubs: cannot write the JUnit report"),
                "\(run.standardOutput)")
        let rows = try course.gradebookRows(["out"], csv: "grades.csv")
        let stubs = try #require(rows.first { $0.first == "S2" })
        let header = rows[0]
        #expect(stubs[header.firstIndex(of: "status")!] == "infrastructure_error" && stubs[header.firstIndex(of: "score")!] == "")
        #expect(rows.contains { $0.first == "S1" && $0[header.firstIndex(of: "status")!] == "graded" })
    }
}
