import Foundation

/// A report written as one JSON document (Exercism's results, Gradescope's, the experiments'):
/// pretty-printed with sorted keys, unescaped slashes and a final newline, so the same results always
/// give the same bytes, and each file replaced whole. A NaN or infinite number (a diverged cost) is
/// written as the string `nan`, `inf` or `-inf`.
///
/// A conforming report says only what its document is; writing and rendering come with the protocol.
public protocol JSONReport: ReportWriter {
    /// The JSON document for `run`.
    func document(_ run: RunResult) -> any Encodable
}

extension JSONReport {
    /// Writes the JSON to `path`, creating its folder when missing.
    ///
    /// - Throws: `ReportWriteError` naming the path when it cannot be written.
    public func write(_ run: RunResult) throws {
        try replaceFile { try render(run) }
    }

    /// The JSON bytes.
    ///
    /// - Throws: `EncodingError` when the document cannot be encoded.
    public func render(_ run: RunResult) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try encoder.encode(document(run)) + Data("\n".utf8)
    }
}
