import Foundation
import Grader

/// The batch's progress bar on standard error, drawn only at a terminal:
/// `grading [########······] 12/40  graded 10 · unchanged 1 · infrastructure 1`; and its closing summary.
final class BatchProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let enabled: Bool
    private var total = 0
    private var graded = 0
    private var current = 0
    private var failed = 0

    /// A bar that draws only when `enabled`.
    init(enabled: Bool) {
        self.enabled = enabled
    }

    /// Counts an event and redraws.
    func note(_ event: BatchEvent) {
        lock.withLock {
            switch event {
            case .planned(let count): total = count
            case .finished(_, .graded, _): graded += 1
            case .finished(_, .current, _): current += 1
            case .finished(_, .infrastructureError, let willRetry): if !willRetry { failed += 1 }
            }
            guard enabled else { return }
            let done = graded + current + failed
            let filled = total == 0 ? 30 : done * 30 / total
            let bar = String(repeating: "#", count: filled) + String(repeating: "·", count: 30 - filled)
            let line = "grading [\(bar)] \(done)/\(total)  graded \(graded) · unchanged \(current) · infrastructure \(failed)"
            FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
        }
    }

    /// Clears the bar before the summary is printed.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// What the batch did, in a few lines: counts, then each infrastructure error with its reason.
    static func summary(_ summary: BatchSummary, shard: Shard) -> String {
        let graded = summary.count { if case .graded = $0 { true } else { false } }
        let current = summary.count { $0 == .current }
        let failures = summary.outcomes.compactMap { entry -> String? in
            guard case .infrastructureError(let line) = entry.outcome else { return nil }
            return "  \(entry.submission): \(line)"
        }
        var lines = [
            "Batch\(shard == .whole ? "" : " shard \(shard)"): \(summary.outcomes.count) submissions · graded \(graded) · "
                + "unchanged \(current) · infrastructure errors \(failures.count) · "
                + String(format: "%.1f s", summary.seconds),
        ]
        if summary.otherShards > 0 { lines.append("\(summary.otherShards) submissions belong to other shards.") }
        if !summary.ignored.isEmpty {
            lines.append("Not submissions (no exercises/ folder): \(summary.ignored.joined(separator: ", "))")
        }
        if !failures.isEmpty { lines.append("Infrastructure errors (not scored; a rerun grades them again):") }
        return (lines + failures).joined(separator: "\n") + "\n"
    }
}
