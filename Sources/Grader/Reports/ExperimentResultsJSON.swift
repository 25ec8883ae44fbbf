import Foundation

/// Every experiment's result as JSON (`grader experiments --json PATH`): accuracies, costs, seconds, for
/// tools such as `scripts/benchmark-experiments`.
///
/// An array of the run's experiments, written as every `JSONReport` is.
public struct ExperimentResultsJSON: JSONReport {
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

    /// The run's experiments.
    public func document(_ run: RunResult) -> any Encodable {
        run.experiments ?? []
    }
}
