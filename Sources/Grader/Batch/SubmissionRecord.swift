import Foundation

/// What a batch knows of one submission once it is done with it: `record.json` in the submission's
/// report folder, written last, so that a record always stands for reports that were written whole.
public struct SubmissionRecord: Sendable, Codable {
    /// How the batch ended for the submission.
    public enum Status: String, Sendable, Codable {
        /// Graded: `run` holds the results.
        case graded
        /// The grader itself could not grade it (the sandbox would not start, the disk was full, a case the
        /// grader could not run), twice: not scored, graded again by the next batch.
        case infrastructureError = "infrastructure_error"
    }

    /// The record format, for readers of older batch folders.
    public var format = 1
    /// The submission's folder name.
    public var submission: String
    /// How it ended.
    public var status: Status
    /// What the grade depends on; a batch skips the submission while its key is unchanged.
    public var key: GradeKey
    /// How many times the batch tried to grade it (2 after a retried failure).
    public var attempts: Int
    /// For an infrastructure error, the grader's one line saying why.
    public var failure: String?
    /// Wall time of the last attempt (grading and reports), in seconds.
    public var seconds: Double
    /// When the last attempt ended.
    public var finishedAt: Date
    /// The results, when graded.
    public var run: RunResult?

    /// Creates a record.
    public init(
        submission: String, status: Status, key: GradeKey, attempts: Int, failure: String? = nil, seconds: Double,
        finishedAt: Date, run: RunResult? = nil
    ) {
        self.submission = submission
        self.status = status
        self.key = key
        self.attempts = attempts
        self.failure = failure
        self.seconds = seconds
        self.finishedAt = finishedAt
        self.run = run
    }

    /// The record's JSON: sorted keys, ISO 8601 dates, non-finite numbers as strings.
    ///
    /// - Throws: `EncodingError` (never for a record the batch made).
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        encoder.nonConformingFloatEncodingStrategy = Self.nonFinite
        return try encoder.encode(self) + Data("\n".utf8)
    }

    /// Reads a record written by `encoded()`.
    ///
    /// - Throws: `DecodingError` for a file that is not such a record.
    public static func decode(_ data: Data) throws -> SubmissionRecord {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try decoder.decode(SubmissionRecord.self, from: data)
    }

    private static let nonFinite = JSONEncoder.NonConformingFloatEncodingStrategy.convertToString(
        positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
}
