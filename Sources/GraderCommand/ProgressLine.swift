import Foundation
import Grader

/// A one-line "graded 3 of 10 exercises (adam)" counter on standard error, for a person at a terminal
/// waiting through the first compilation of every worker.
struct ProgressLine: Sendable {
    /// How many exercises the run grades.
    var total: Int
    /// Whether to draw at all (a terminal, not `--quiet`).
    var enabled: Bool
    private let counter = Counter()

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    /// Notes one more graded exercise.
    func advance(_ exercise: ExerciseResult) {
        guard enabled else { return }
        let done = counter.increment()
        FileHandle.standardError.write(Data("\r\u{1B}[Kgraded \(done) of \(total) exercises (\(exercise.name))".utf8))
    }

    /// Clears the line before the report is printed.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func increment() -> Int {
            lock.withLock {
                value += 1
                return value
            }
        }
    }
}
