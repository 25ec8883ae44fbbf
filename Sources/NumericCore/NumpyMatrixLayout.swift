/// Where the elements of a printed 2-D array go: numpy's `_formatArray` for two axes.
///
/// Rows print on separate lines indented by one space, each row's elements separated by a space and
/// wrapped within numpy's 75-character line width; an array of more than `threshold` elements is
/// summarized, keeping the first and last `edgeItems` rows and columns with `...` between. The layout
/// knows nothing of the elements' texts: ``text(_:)`` asks for each one, so floats and integers share it.
public struct NumpyMatrixLayout: Sendable {
    /// numpy's default `threshold` print option: arrays of more elements are summarized.
    public static let defaultThreshold = 1000
    /// numpy's default `edgeitems` print option: rows and columns kept at each end of a summarized axis.
    public static let defaultEdgeItems = 3

    /// The rows printed, in order; `nil` marks the `...` line of a summary.
    public let rows: [Int?]
    /// The columns printed, in order; `nil` marks the `...` column of a summary.
    public let columns: [Int?]

    /// numpy's `linewidth` print option.
    private static let lineWidth = 75
    private static let summaryMarker = "..."

    /// The layout of a `rows × columns` array.
    ///
    /// - Parameters:
    ///   - threshold: above this many elements, the array is summarized (numpy's `threshold`).
    ///   - edgeItems: rows and columns kept at each end of a summarized axis (numpy's `edgeitems`).
    public init(rows: Int, columns: Int, threshold: Int = defaultThreshold, edgeItems: Int = defaultEdgeItems) {
        let summarized = rows * columns > threshold
        func indices(_ count: Int) -> [Int?] {
            guard summarized, count > 2 * edgeItems else { return Array(0..<count) }
            return Array(0..<edgeItems) + [nil] + Array((count - edgeItems)..<count)
        }
        self.rows = indices(rows)
        self.columns = indices(columns)
    }

    /// Every printed element's row and column, row-major: the elements numpy chooses a format from.
    public var shownElements: [(row: Int, column: Int)] {
        rows.compactMap { $0 }.flatMap { row in columns.compactMap { $0 }.map { (row, $0) } }
    }

    /// The printed array, given each printed element's text, e.g. `[[ 1.5 -2. ]\n [ 0.  3. ]]`.
    ///
    /// `element(row, column)` is called only for the shown elements; its texts should already share a
    /// width, as numpy pads them. An array without elements prints as `[]`.
    public func text(_ element: (_ row: Int, _ column: Int) -> String) -> String {
        guard !rows.isEmpty, !columns.isEmpty else { return "[]" }
        let rowTexts = rows.map { row in row.map { rowText($0, element) } ?? Self.summaryMarker }
        return "[" + rowTexts.joined(separator: "\n ") + "]"
    }

    /// One row, wrapped where numpy wraps it: the outer level hangs rows after " " within 75 columns,
    /// each row hangs its elements after "  " within 75 - 1 (for "]") - 1 (for the outer "]").
    private func rowText(_ row: Int, _ element: (Int, Int) -> String) -> String {
        let indent = "  "
        let width = Self.lineWidth - 2
        var text = ""
        var line = indent
        for (position, column) in columns.enumerated() {
            let word = column.map { element(row, $0) } ?? Self.summaryMarker
            if line.count + word.count > width && line.count > indent.count {
                text += Self.trimmingTrailingSpaces(line) + "\n"
                line = indent
            }
            line += word
            if position < columns.count - 1 { line += " " }
        }
        text += line
        return "[" + text.dropFirst(indent.count) + "]"
    }

    private static func trimmingTrailingSpaces(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}
