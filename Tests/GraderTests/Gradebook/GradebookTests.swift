import Foundation
import Testing

@testable import Grader

/// Two shards of a small class, written by `BatchGrader` with a stand-in grader: each submission's one
/// file says how many of the two cases of `adam` pass, or that the grader cannot grade it.
private struct ShardedClass {
    let root: URL
    let roster = Roster(entries: [
        RosterEntry(folder: "ada", studentID: "S1", name: "Ada", email: "ada@example.edu"),
        RosterEntry(folder: "bob", studentID: "S2", name: "Bob", email: "bob@example.edu"),
        RosterEntry(folder: "cy", studentID: "S3", name: "Cy", email: "cy@example.edu"),
        RosterEntry(folder: "dee", studentID: "S4", name: "Dee", email: ""),
    ])
    /// Passing cases per submission; `nil` is a submission the grader cannot grade. `dee` submitted nothing;
    /// `extra` is not on the roster.
    static let work: [String: Int?] = ["ada": 2, "bob": 1, "cy": nil, "extra": 0]
    static let pointsPerCase = 3.0

    var folders: [BatchFolder] { [1, 2].map { BatchFolder(root: root.appendingPathComponent("shard-\($0)")) } }

    init(root: URL) throws {
        self.root = root
        let submissions = root.appendingPathComponent("submissions")
        for (name, passing) in Self.work {
            let folder = submissions.appendingPathComponent(name).appendingPathComponent("exercises/adam")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data((passing.map { "\($0)" } ?? "broken").utf8).write(to: folder.appendingPathComponent("Adam.swift"))
        }
        for (index, folder) in folders.enumerated() {
            let options = BatchOptions(
                submissionsFolder: submissions, output: folder, shard: try Shard(parsing: "\(index + 1)/2"), roster: roster)
            _ = try BatchGrader(options: options, graderBuild: "test", grade: Self.grade).run()
        }
    }

    static let grade: BatchGrader.Grade = { options in
        let text = (try? String(contentsOf: options.exercisesDirectory.appendingPathComponent("adam/Adam.swift"), encoding: .utf8)) ?? ""
        guard let passing = Int(text) else { throw GraderFailure("the sandbox cannot start") }
        let cases = (0..<2).map { index in
            CaseResult(
                id: "update_parameters_with_adam[\(index)]", exercise: "adam", function: "update_parameters_with_adam",
                isHidden: index == 1, description: "", status: index < passing ? .passed : .failed,
                points: index < passing ? pointsPerCase : 0, maxPoints: pointsPerCase, message: "",
                mistake: index < passing ? nil : #"wrong values in s["dW1"]"#)
        }
        return RunResult(
            exercises: [ExerciseResult(name: "adam", title: "Adam", cases: cases, duration: 1)], solution: "student",
            isolation: .bubblewrap, startedAt: Date(), duration: 1)
    }
}

@Suite struct GradebookTests {
    @Test func shardsMergeIntoOneRowPerStudentWithMissingAndUngradedMarked() throws {
        try PackagePaths.withTemporaryFolder { root in
            let shards = try ShardedClass(root: root)
            let gradebook = try Gradebook.merge(shards.folders)
            #expect(gradebook.rows.map(\.student.studentID) == ["S1", "S2", "S3", "S4", "extra"])
            #expect(gradebook.rows.map(\.status) == [.graded, .graded, .infrastructureError, .missing, .graded])
            #expect(gradebook.rows.map(\.points) == [2 * ShardedClass.pointsPerCase, ShardedClass.pointsPerCase, nil, 0, 0])
            #expect(gradebook.maxPoints == 2 * ShardedClass.pointsPerCase && gradebook.exercises == ["adam"])

            let csv = CSVTable.parse(GradebookCSV.render(gradebook))
            #expect(Array(csv[0].prefix(7)) == ["student_id", "name", "email", "submission", "score", "max_score", "status"])
            #expect(csv[0].last == "adam")
            let cy = try #require(csv.first { $0[0] == "S3" })
            #expect(cy[4] == "" && cy[6] == "infrastructure_error")
            let dee = try #require(csv.first { $0[0] == "S4" })
            #expect(dee[4] == "0" && dee[6] == "missing" && dee[3] == "")
        }
    }

    @Test func canvasKeepsItsIdentityColumnsAndFillsTheNamedColumnScaledToItsPoints() throws {
        try PackagePaths.withTemporaryFolder { root in
            let gradebook = try Gradebook.merge(ShardedClass(root: root).folders)
            let possible = 10.0
            let export = """
                Student,ID,SIS User ID,SIS Login ID,Section,Homework 1 (11),Grader (12),Current Score
                    Points Possible,,,,,5,\(possible),(read only)
                "Lovelace, Ada",101,S1,ada,A,4,,90
                Bob,102,,bob@example.edu,A,5,,80
                Cy,103,S3,cy,A,3,7,70
                Eve,104,S9,eve,A,2,,60

                """
            let filled = try CanvasGradebook.fill(export: export, column: "Grader (12)", gradebook: gradebook)
            let rows = CSVTable.parse(filled.text)
            #expect(rows[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Grader (12)"])
            #expect(rows[1].last == "\(possible)", "the Points Possible row is kept")
            let scale = possible / gradebook.maxPoints
            #expect(rows[2].last == ReportNumbers.points(gradebook.rows[0].points! * scale), "Ada, by SIS User ID")
            #expect(rows[3].last == ReportNumbers.points(gradebook.rows[1].points! * scale), "Bob, by e-mail")
            #expect(rows[4].last == "", "Cy was not graded: Canvas keeps the score it has")
            #expect(rows[5].last == "", "Eve is unknown to the gradebook")
            #expect(filled.scored == 2 && filled.notInExport == ["S4", "extra"])
            #expect(throws: GraderFailure.self) { try CanvasGradebook.fill(export: export, column: "Nope (1)", gradebook: gradebook) }
        }
    }

    @Test(arguments: MoodleImport.Identifier.allCases)
    func moodleGetsGradeAndFeedbackTogetherAndNothingForTheUngraded(_ identifier: MoodleImport.Identifier) throws {
        try PackagePaths.withTemporaryFolder { root in
            let gradebook = try Gradebook.merge(ShardedClass(root: root).folders)
            let rendered = MoodleImport.render(gradebook, identifier: identifier)
            let rows = CSVTable.parse(rendered.text)
            #expect(rows[0].count == 3 && rows.dropFirst().allSatisfy { $0.count == 3 && !$0[1].isEmpty && !$0[2].isEmpty })
            let identified = gradebook.rows.filter { row in
                row.points != nil && !(identifier == .email ? row.student.email : row.student.studentID).isEmpty
            }
            #expect(rows.count - 1 == identified.count)
            #expect(rendered.leftOut.contains("S3"), "the ungraded submission gets no row, so Moodle keeps its grade")
        }
    }

    @Test func theClassReportCountsPassRatesMistakesAndTimes() throws {
        try PackagePaths.withTemporaryFolder { root in
            let gradebook = try Gradebook.merge(ShardedClass(root: root).folders)
            let analysis = CaseAnalysis.of(gradebook.gradedRuns)
            let graded = ShardedClass.work.values.compactMap { $0 }
            #expect(analysis.map(\.ran) == [graded.count, graded.count])
            #expect(analysis[0].passed == graded.filter { $0 > 0 }.count && analysis[1].passed == graded.filter { $0 > 1 }.count)
            #expect(analysis[1].commonMistake?.phrase == #"wrong values in s["dW1"]"#)
            let report = ClassReport(gradebook: gradebook)
            #expect(report.histogramBins().map(\.count).reduce(0, +) == gradebook.rows.filter { $0.points != nil }.count)
            let path = root.appendingPathComponent("gradebook/class.md").path
            try report.write(to: path)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.contains("![Histogram of the scores](class-histogram.svg)"))
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("gradebook/class-histogram.svg").path))
            #expect(text.contains("Grading time per submission: median") && text.contains("95th percentile"))
            #expect(text.contains("the sandbox cannot start") && text.contains("Dee"))
        }
    }

    @Test func percentilesAreNearestRank() {
        let values = (1...20).map(Double.init)
        #expect(ClassReport.percentile(values, 0.5) == values[9])
        #expect(ClassReport.percentile(values, 0.95) == values[18])
        #expect(ClassReport.percentile([], 0.95) == 0)
    }
}
