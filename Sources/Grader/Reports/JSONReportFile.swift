import Foundation

/// How the JSON reports (Exercism's results, Gradescope's) are written: pretty-printed with sorted keys,
/// unescaped slashes and a final newline, so the same results always give the same bytes, and each file
/// replaced whole.
enum JSONReportFile {
    /// The document as JSON bytes.
    ///
    /// - Throws: `EncodingError` when a number is NaN or infinite (points never are).
    static func bytes(_ document: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(document) + Data("\n".utf8)
    }

    /// Writes what `render` makes to `path`, creating its folder when missing.
    ///
    /// - Throws: `ReportWriteError` naming `report` and `path` when the document cannot be made or written.
    static func write(to path: String, report: String, _ render: () throws -> Data) throws {
        let bytes: Data
        do {
            bytes = try render()
        } catch {
            throw ReportWriteError(report: report, path: path, reason: "\(error)")
        }
        try ReportFile.replace(path, with: bytes, report: report)
    }
}
