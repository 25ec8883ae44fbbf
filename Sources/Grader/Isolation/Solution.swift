import Foundation

/// Which implementation a worker runs: the student's files or the package's reference solution.
public enum Solution: String, Sendable, CaseIterable {
    /// The student's `exercises/<name>/*.swift`.
    case student
    /// The reference solution in `Sources/Assignments`.
    case reference
}
