import Foundation

/// The layout of a batch's output folder (`grader batch … --out DIR`), which `grader gradebook` reads:
///
/// ```
/// DIR/roster.csv                          the roster the batch was given (--roster), as read
/// DIR/submissions/<name>/junit.xml        the submission's JUnit report
/// DIR/submissions/<name>/report.md        its Markdown report
/// DIR/submissions/<name>/results.json     its results JSON (as `grader run --json`)
/// DIR/submissions/<name>/record.json      the batch's record (SubmissionRecord): status, key, time, results
/// ```
///
/// Shards of one class write to folders of their own (or to one shared folder: their submissions are
/// disjoint); the gradebook merges them.
public struct BatchFolder: Sendable {
    /// The folder.
    public var root: URL

    /// Uses `root` as a batch folder.
    public init(root: URL) {
        self.root = root
    }

    /// `DIR/roster.csv`.
    public var roster: URL { root.appendingPathComponent("roster.csv") }
    /// `DIR/submissions`.
    public var submissions: URL { root.appendingPathComponent("submissions") }

    /// The report folder of one submission.
    public func folder(of submission: String) -> URL { submissions.appendingPathComponent(submission) }
    /// A submission's `record.json`.
    public func record(of submission: String) -> URL { folder(of: submission).appendingPathComponent("record.json") }
    /// A submission's `junit.xml`.
    public func junit(of submission: String) -> URL { folder(of: submission).appendingPathComponent("junit.xml") }
    /// A submission's `report.md`.
    public func markdown(of submission: String) -> URL { folder(of: submission).appendingPathComponent("report.md") }
    /// A submission's `results.json`.
    public func results(of submission: String) -> URL { folder(of: submission).appendingPathComponent("results.json") }

    /// The record of a submission, when there is a readable one.
    public func readRecord(of submission: String) -> SubmissionRecord? {
        FileManager.default.contents(atPath: record(of: submission).path).flatMap { try? SubmissionRecord.decode($0) }
    }

    /// Every readable record in the folder, by submission name.
    public func records() -> [SubmissionRecord] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: submissions.path)) ?? []
        return names.sorted().compactMap(readRecord(of:))
    }

    /// The roster the batch was given, if any.
    ///
    /// - Throws: `GraderFailure` when the folder's roster is unreadable or malformed.
    public func readRoster() throws -> Roster? {
        guard FileManager.default.fileExists(atPath: roster.path) else { return nil }
        return try Roster.load(roster)
    }
}
