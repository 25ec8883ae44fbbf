import Foundation
import Testing

@testable import Grader

/// A class of submissions on disk and a stand-in for the grading engine that scores each submission by a
/// number in its file, or fails the way the grader's infrastructure can.
private struct FakeClass {
    let root: URL
    var submissions: URL { root.appendingPathComponent("submissions") }
    var output: BatchFolder { BatchFolder(root: root.appendingPathComponent("out")) }

    /// Writes `<name>/exercises/adam/Adam.swift` holding `text`.
    func submit(_ name: String, _ text: String) throws {
        let folder = submissions.appendingPathComponent(name).appendingPathComponent("exercises/adam")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: folder.appendingPathComponent("Adam.swift"))
    }

    func batch(jobs: Int = 2, shard: Shard = .whole, build: String = "build-1", grade: @escaping BatchGrader.Grade) -> BatchGrader {
        BatchGrader(
            options: BatchOptions(submissionsFolder: submissions, output: output, jobs: jobs, shard: shard), graderBuild: build,
            grade: grade)
    }
}

/// Counts the gradings of each submission, from several threads.
private final class Calls: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [String: Int] = [:]

    /// Notes a grading of `options`' submission and returns how many there have been.
    func note(_ options: GradingOptions) -> Int {
        let name = options.exercisesDirectory.deletingLastPathComponent().lastPathComponent
        return lock.withLock {
            counts[name, default: 0] += 1
            return counts[name]!
        }
    }

    func count(_ name: String) -> Int { lock.withLock { counts[name] ?? 0 } }
    var total: Int { lock.withLock { counts.values.reduce(0, +) } }
}

/// A run whose one case earns the points written in the submission's file ("points 1"), out of 2, or
/// ends the way the file says: "internal" (a case the grader could not run), "throw" (every attempt
/// fails), "flaky" (the first attempt fails).
private func fakeGrade(_ calls: Calls) -> BatchGrader.Grade {
    { options in
        let attempt = calls.note(options)
        let file = options.exercisesDirectory.appendingPathComponent("adam/Adam.swift")
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        if text.hasPrefix("throw") || (text.hasPrefix("flaky") && attempt == 1) {
            throw GraderFailure("bubblewrap cannot start here")
        }
        let points = Double(text.split(separator: " ").last ?? "") ?? 0
        let unrun = text.hasPrefix("internal")
        let result = CaseResult(
            id: "update_parameters_with_adam[t=2]", exercise: "adam", function: "update_parameters_with_adam",
            isHidden: false, description: "", status: unrun ? .error : points == 2 ? .passed : .failed,
            errorKind: unrun ? .internalError : nil, points: points, maxPoints: 2,
            message: unrun ? "the grader could not run this case: cannot start the worker" : "")
        return RunResult(
            exercises: [ExerciseResult(name: "adam", title: "Adam", cases: [result], duration: 0.1)], solution: "student",
            isolation: .bubblewrap, startedAt: Date(), duration: 0.1)
    }
}

@Suite struct BatchGraderTests {
    @Test func everySubmissionIsGradedWithItsReportsAndRecordAndFoldersWithoutExercisesAreIgnored() throws {
        try PackagePaths.withTemporaryFolder { root in
            let fake = FakeClass(root: root)
            try fake.submit("alice", "points 2")
            try fake.submit("bob", "points 1")
            try FileManager.default.createDirectory(at: fake.submissions.appendingPathComponent("notes"), withIntermediateDirectories: true)
            let calls = Calls()
            let summary = try fake.batch(grade: fakeGrade(calls)).run()
            #expect(summary.outcomes.map(\.submission) == ["alice", "bob"])
            #expect(summary.outcomes.map(\.outcome) == [.graded(points: 2, maxPoints: 2), .graded(points: 1, maxPoints: 2)])
            #expect(summary.ignored == ["notes"] && summary.complete)
            for name in ["alice", "bob"] {
                for report in [fake.output.junit(of: name), fake.output.markdown(of: name), fake.output.results(of: name)] {
                    #expect(FileManager.default.fileExists(atPath: report.path), "\(report.lastPathComponent) of \(name)")
                }
                let record = try #require(fake.output.readRecord(of: name))
                #expect(record.status == .graded && record.attempts == 1 && record.run?.maxPoints == 2)
            }
        }
    }

    @Test func aRerunGradesOnlyWhatChanged() throws {
        try PackagePaths.withTemporaryFolder { root in
            let fake = FakeClass(root: root)
            try fake.submit("alice", "points 2")
            try fake.submit("bob", "points 1")
            let calls = Calls()
            _ = try fake.batch(grade: fakeGrade(calls)).run()
            try fake.submit("bob", "points 2")
            try fake.submit("carol", "points 0")
            let second = try fake.batch(grade: fakeGrade(calls)).run()
            #expect(second.outcomes.map(\.outcome) == [.current, .graded(points: 2, maxPoints: 2), .graded(points: 0, maxPoints: 2)])
            #expect(calls.count("alice") == 1 && calls.count("bob") == 2 && calls.count("carol") == 1)
            let rebuilt = try fake.batch(build: "build-2", grade: fakeGrade(calls)).run()
            #expect(rebuilt.count { $0 == .current } == 0, "a new grader build regrades everything")
        }
    }

    @Test func infrastructureFailuresAreRetriedOnceAndNeverScored() throws {
        try PackagePaths.withTemporaryFolder { root in
            let fake = FakeClass(root: root)
            try fake.submit("alice", "points 2")
            try fake.submit("flaky", "flaky points 1")
            try fake.submit("broken", "throw")
            try fake.submit("unrun", "internal")
            let calls = Calls()
            let summary = try fake.batch(grade: fakeGrade(calls)).run()
            let outcomes = Dictionary(uniqueKeysWithValues: summary.outcomes.map { ($0.submission, $0.outcome) })
            #expect(outcomes["alice"] == .graded(points: 2, maxPoints: 2))
            #expect(outcomes["flaky"] == .graded(points: 1, maxPoints: 2))
            #expect(outcomes["broken"] == .infrastructureError("bubblewrap cannot start here"))
            #expect(outcomes["unrun"]?.isInfrastructureError == true)
            #expect(calls.count("broken") == 2 && calls.count("unrun") == 2 && calls.count("flaky") == 2 && calls.count("alice") == 1)
            #expect(!summary.complete)
            let broken = try #require(fake.output.readRecord(of: "broken"))
            #expect(broken.status == .infrastructureError && broken.run == nil && broken.attempts == 2)
            #expect(!FileManager.default.fileExists(atPath: fake.output.junit(of: "broken").path))
            #expect(fake.output.readRecord(of: "flaky")?.attempts == 2)
            _ = try fake.batch(grade: fakeGrade(calls)).run()
            #expect(calls.count("broken") == 4, "a submission left with an infrastructure error is graded again")
        }
    }

    @Test func shardsSplitTheClassIntoDisjointPartsThatCoverIt() throws {
        let names = (1...200).map { "student-\($0)" }
        for count in [1, 2, 3, 7] {
            let shards = try (1...count).map { try Shard(parsing: "\($0)/\(count)") }
            for name in names {
                #expect(shards.filter { $0.contains(name) }.count == 1)
            }
            if count > 1 {
                #expect(shards.allSatisfy { shard in names.contains { shard.contains($0) } }, "every part gets some of 200")
            }
        }
        try PackagePaths.withTemporaryFolder { root in
            let fake = FakeClass(root: root)
            for name in names.prefix(12) { try fake.submit(name, "points 1") }
            let calls = Calls()
            var graded: [String] = []
            for index in 1...3 {
                graded += try fake.batch(shard: Shard(parsing: "\(index)/3"), grade: fakeGrade(calls)).run().outcomes.map(\.submission)
            }
            #expect(graded.sorted() == Array(names.prefix(12)).sorted() && calls.total == 12)
        }
    }

    @Test(arguments: ["0/3", "4/3", "1/0", "2", "a/b", "1/3/4"])
    func malformedShardsAreRefused(_ text: String) {
        #expect(throws: GraderFailure.self) { try Shard(parsing: text) }
    }
}
