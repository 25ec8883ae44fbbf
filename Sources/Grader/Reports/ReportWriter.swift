import Foundation

/// A report written to a file from a run's results: the JUnit XML, the Markdown report, Exercism's and
/// Gradescope's JSON, the experiments' JSON.
///
/// A session claims every writer's file before it grades (`ReportFile.claim`: no two reports on one
/// path, no stale report left claiming to be this run's), then hands each writer the finished run.
public protocol ReportWriter: Sendable {
    /// The report's name in messages, e.g. `JUnit report`.
    var name: String { get }
    /// The file it writes.
    var path: String { get }
    /// Writes the report of `run` to `path`, creating its folder when missing and replacing an older file whole.
    ///
    /// - Throws: `ReportWriteError` naming the report and path when it cannot be written.
    func write(_ run: RunResult) throws
}

extension ReportWriter {
    /// Replaces `path` whole with what `render` makes, creating its folder when missing.
    ///
    /// - Throws: `ReportWriteError` naming the report and path when the document cannot be made or written.
    func replaceFile(with render: () throws -> Data) throws {
        let bytes: Data
        do {
            bytes = try render()
        } catch {
            throw ReportWriteError(report: name, path: path, reason: "\(error)")
        }
        try ReportFile.replace(path, with: bytes, report: name)
    }
}
