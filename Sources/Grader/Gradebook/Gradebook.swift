import Assignments
import Fixtures
import Foundation

/// One row of a class's gradebook: a submission, or a roster student without one.
public struct GradebookRow: Sendable {
    /// Where a student stands.
    public enum Status: String, Sendable {
        /// Graded: `points` holds the score.
        case graded
        /// On the roster, but no submission was found: 0 points.
        case missing
        /// The grader could not grade the submission: not scored.
        case infrastructureError = "infrastructure_error"
    }

    /// The student, from the roster; for a submission the roster does not know, its folder name as id.
    public var student: RosterEntry
    /// The submission's folder, nil for a missing student.
    public var submission: String?
    /// Where the student stands.
    public var status: Status
    /// The score: the points earned when graded, 0 when missing, nil when not scored.
    public var points: Double?
    /// The submission's record (graded or not), nil for a missing student.
    public var record: SubmissionRecord?
}

/// A class's grades, merged from one or more batch folders (the shards of a class): what `grader
/// gradebook` writes as CSV, Canvas and Moodle imports, and the class report.
public struct Gradebook: Sendable {
    /// The rows: the roster's students in its order (each with their submission, or missing), then the
    /// submissions the roster does not name, by folder name.
    public var rows: [GradebookRow]
    /// The points a submission can earn (the largest maximum among the graded runs, all equal unless
    /// the fixtures changed between batches).
    public var maxPoints: Double
    /// The exercises graded, in course order (`Exercise.allCases`).
    public var exercises: [String]

    /// Merges batch folders. A submission recorded in several folders is taken from the one where it was
    /// graded, the latest if several; rosters are merged, the first folder's entry winning.
    ///
    /// - Throws: `GraderFailure` when a folder is not a batch folder or its roster is unreadable.
    public static func merge(_ folders: [BatchFolder]) throws -> Gradebook {
        var records: [String: SubmissionRecord] = [:]
        var rosterEntries: [RosterEntry] = []
        var rostered: Set<String> = []
        for folder in folders {
            guard FileManager.default.fileExists(atPath: folder.submissions.path) else {
                throw GraderFailure("\(folder.root.path): not a batch folder (it has no submissions/ folder; `grader batch --out` writes one)")
            }
            for entry in try folder.readRoster()?.entries ?? [] where rostered.insert(entry.folder).inserted {
                rosterEntries.append(entry)
            }
            for record in folder.records() {
                if let other = records[record.submission], !preferred(record, over: other) { continue }
                records[record.submission] = record
            }
        }
        var rows = rosterEntries.map { row(for: $0, record: records[$0.folder]) }
        for name in records.keys.sorted() where !rostered.contains(name) {
            rows.append(row(for: RosterEntry(folder: name, studentID: name), record: records[name]))
        }
        let runs = records.values.compactMap(\.run)
        let graded = Set(runs.flatMap { $0.exercises.map(\.name) })
        return Gradebook(
            rows: rows, maxPoints: runs.map(\.maxPoints).max() ?? 0,
            exercises: Exercise.allCases.map(\.name).filter(graded.contains))
    }

    /// The results of every graded submission, in row order.
    public var gradedRuns: [RunResult] {
        rows.compactMap { $0.record?.run }
    }

    private static func row(for student: RosterEntry, record: SubmissionRecord?) -> GradebookRow {
        guard let record else { return GradebookRow(student: student, submission: nil, status: .missing, points: 0, record: nil) }
        let graded = record.status == .graded && record.run != nil
        return GradebookRow(
            student: student, submission: record.submission, status: graded ? .graded : .infrastructureError,
            points: graded ? record.run!.points : nil, record: record)
    }

    /// Whether `record` should replace `other` for the same submission: graded beats not, then later beats earlier.
    private static func preferred(_ record: SubmissionRecord, over other: SubmissionRecord) -> Bool {
        if (record.status == .graded) != (other.status == .graded) { return record.status == .graded }
        return record.finishedAt > other.finishedAt
    }
}
