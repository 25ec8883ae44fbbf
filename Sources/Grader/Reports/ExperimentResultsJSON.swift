import Foundation

/// Every experiment's result as JSON (`grader experiments --json PATH`): accuracies, costs, seconds, for
/// tools such as `scripts/benchmark-experiments`.
///
/// An array of the run's experiments, pretty-printed with sorted keys; a NaN or infinite number (a
/// diverged cost) is written as the string `nan`, `inf` or `-inf`.
public struct ExperimentResultsJSON: ReportWriter {
    /// `JSON results`.
    public var name: String { "JSON results" }
    /// The file the JSON is written to.
    public var path: String

    /// Creates the report writer.
    ///
    /// - Parameter path: the file to write.
    public init(path: String) {
        self.path = path
    }

    /// Writes the JSON to `path`, creating its folder when missing.
    ///
    /// - Throws: `ReportWriteError` naming the path when it cannot be written.
    public func write(_ run: RunResult) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        try JSONReportFile.write(to: path, report: name) { try encoder.encode(run.experiments ?? []) }
    }
}
