import Foundation
import Testing

/// What the numpy oracle gets when a prepared submission of `Tests/Submissions` trains a notebook's model
/// (`known-mistakes.json` beside this file, written by `tools/oracle/experiments/mistakes.py`).
struct KnownMistake: Decodable {
    /// The training accuracy the grader must report for the submission.
    let trainAccuracy: Double

    /// The file's snake-case key.
    private enum CodingKeys: String, CodingKey {
        case trainAccuracy = "train_accuracy"
    }

    /// The file's layout: the entries by submission name.
    private struct File: Decodable {
        let mistakes: [String: KnownMistake]
    }

    /// The oracle's entry for the submission `Tests/Submissions/<submission>`.
    static func named(_ submission: String) throws -> KnownMistake {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("known-mistakes.json")
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        return try #require(file.mistakes[submission], "no known mistake \(submission) in \(url.path)")
    }
}
