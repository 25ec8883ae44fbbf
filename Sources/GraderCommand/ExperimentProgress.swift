import Foundation

/// A progress bar on standard error for the experiments' trainings, drawn only at a terminal:
/// `training [########······] 57%  opt-adam 40%, reg-l2 90%`.
final class ExperimentProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let names: [String]
    private let enabled: Bool
    private var fractions: [String: Double] = [:]
    private var lastDrawn = Date.distantPast

    /// A bar over the given experiments; silent unless `enabled`.
    init(names: [String], enabled: Bool) {
        self.names = names
        self.enabled = enabled
    }

    /// Notes how far an experiment is and redraws at most ten times a second.
    func update(_ name: String, _ fraction: Double) {
        guard enabled else { return }
        lock.withLock {
            fractions[name] = fraction
            let now = Date()
            guard now.timeIntervalSince(lastDrawn) > 0.1 || fraction >= 1 else { return }
            lastDrawn = now
            let total = names.reduce(0) { $0 + (fractions[$1] ?? 0) } / Double(max(names.count, 1))
            let filled = Int(total * 30)
            let bar = String(repeating: "#", count: filled) + String(repeating: "·", count: 30 - filled)
            let running = names.filter { (fractions[$0] ?? 0) > 0 && (fractions[$0] ?? 0) < 1 }
                .map { "\($0) \(Int((fractions[$0]! * 100).rounded(.down)))%" }.joined(separator: ", ")
            FileHandle.standardError.write(Data("\r\u{1B}[Ktraining [\(bar)] \(Int(total * 100))%  \(running)".utf8))
        }
    }

    /// Clears the line before the results are printed.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
