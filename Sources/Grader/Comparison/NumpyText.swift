import Foundation
import NumericCore

/// Numbers and matrices printed as numpy prints them, so feedback reads like the notebook's output.
///
/// Floats follow numpy's default print options: at most 8 digits after the point, or scientific
/// notation for very small, very large or widely spread magnitudes (`0.85639907`, `1.1890913e-07`).
/// Matrices print like `str(array)`: `[[ 1.63535156 -0.62320365]]`, aligned columns, rows wrapped at
/// 75 characters, and `...` in place of the middle rows and columns of a large matrix.
public enum NumpyText {
    /// numpy's default number of digits after the point.
    public static let defaultPrecision = NumpyFloatFormat.defaultPrecision

    /// A lone float, e.g. `0.85639907`, `1.1890913e-07`, `8.0`, `nan`.
    ///
    /// Formatted as the element of a one-element array, except that a bare trailing point gets a
    /// zero (`8.0`, `1e+10`), as numpy prints a float scalar.
    /// - Parameter precision: at most this many digits after the point; `nil` for the shortest text
    ///   that reads back to the same double (up to 17 significant digits).
    public static func scalar(_ value: Double, precision: Int? = defaultPrecision) -> String {
        let text = NumpyFloatFormat(values: [value], precision: precision).format(value)
        if text.hasSuffix(".") { return text + "0" }
        if let point = text.range(of: ".e") { return text.replacingCharacters(in: point, with: "e") }
        return text
    }

    /// Two floats with enough digits to tell them apart.
    ///
    /// Both are printed with 8 digits when that shows a difference; otherwise with more, up to the
    /// shortest text that reads back to each double, so distinct doubles never print alike.
    public static func distinguishing(_ expected: Double, _ actual: Double) -> (expected: String, actual: String) {
        for precision in defaultPrecision...17 {
            let pair = (scalar(expected, precision: precision), scalar(actual, precision: precision))
            if pair.0 != pair.1 { return pair }
        }
        return (scalar(expected, precision: nil), scalar(actual, precision: nil))
    }

    /// A matrix as numpy's `str` prints a 2-D float array.
    ///
    /// - Parameters:
    ///   - threshold: above this many elements, only the first and last `edgeItems` rows and columns
    ///     are printed, with `...` between (numpy's `threshold`, 1000 by default).
    ///   - precision: digits after the point; `nil` for the shortest round-trip text.
    public static func matrix(
        _ matrix: Matrix, precision: Int? = defaultPrecision,
        threshold: Int = NumpyMatrixLayout.defaultThreshold, edgeItems: Int = NumpyMatrixLayout.defaultEdgeItems
    ) -> String {
        matrix.numpyString(precision: precision, threshold: threshold, edgeItems: edgeItems)
    }

    /// A 0/1 mask as numpy prints an integer array, e.g. `[[1 0 1]]`.
    ///
    /// A matrix holding anything but whole numbers is printed as floats instead.
    public static func mask(
        _ matrix: Matrix,
        threshold: Int = NumpyMatrixLayout.defaultThreshold, edgeItems: Int = NumpyMatrixLayout.defaultEdgeItems
    ) -> String {
        let elements = matrix.storage
        guard elements.allSatisfy({ $0.isFinite && $0 == $0.rounded() && abs($0) < 1e15 }) else {
            return self.matrix(matrix, threshold: threshold, edgeItems: edgeItems)
        }
        let layout = NumpyMatrixLayout(rows: matrix.rows, columns: matrix.columns,
                                       threshold: threshold, edgeItems: edgeItems)
        let width = layout.shownElements
            .map { String(Int(elements[$0.row * matrix.columns + $0.column])).count }.max() ?? 0
        return layout.text {
            let text = String(Int(elements[$0 * matrix.columns + $1]))
            return String(repeating: " ", count: width - text.count) + text
        }
    }

    /// Two matrices printed with enough digits that their texts differ where their values do.
    ///
    /// Both use 8 digits when that already shows a difference, otherwise more (up to 17, then the
    /// shortest round-trip text), so "expected" and "got" never look identical while differing.
    public static func distinguishing(
        _ expected: Matrix, _ actual: Matrix,
        threshold: Int = NumpyMatrixLayout.defaultThreshold, edgeItems: Int = NumpyMatrixLayout.defaultEdgeItems
    ) -> (expected: String, actual: String) {
        let differ = zip(expected.storage, actual.storage).contains { $0.bitPattern != $1.bitPattern }
            || expected.count != actual.count
        let precisions: [Int?] = differ ? Array(defaultPrecision...17) + [nil] : [defaultPrecision]
        var pair = ("", "")
        for precision in precisions {
            pair = (matrix(expected, precision: precision, threshold: threshold, edgeItems: edgeItems),
                    matrix(actual, precision: precision, threshold: threshold, edgeItems: edgeItems))
            if pair.0 != pair.1 { break }
        }
        return pair
    }
}
