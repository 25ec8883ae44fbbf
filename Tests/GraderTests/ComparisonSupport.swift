import Fixtures
import Grader
import NumericCore

/// Small builders for comparison tests.
enum Build {
    static func matrix(_ rows: [[Double]]) -> Matrix {
        Matrix(rows: rows.count, columns: rows.first?.count ?? 0, data: rows.flatMap { $0 })
    }

    static func m(_ rows: [[Double]]) -> Value { .matrix(matrix(rows)) }

    static func mask(_ rows: [[Double]]) -> Value { .mask(matrix(rows)) }

    static let tight = Tolerance(rtol: 1e-9, atol: 1e-12)

    /// Compares with one tolerance for every output.
    static func compare(_ expected: [String: Value], _ actual: [String: Value],
                        tolerance: Tolerance = tight) -> ComparisonReport {
        OutputComparator().compare(expected: expected, actual: actual) { _ in tolerance }
    }

    /// Compares one output named `out`.
    static func compare(_ expected: Value, _ actual: Value, tolerance: Tolerance = tight) -> ComparisonReport {
        compare(["out": expected], ["out": actual], tolerance: tolerance)
    }
}
