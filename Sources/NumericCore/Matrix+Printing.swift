extension Matrix: CustomStringConvertible {
    /// The matrix as numpy's `str(arr)` prints it, e.g. `[[ 1.63535156 -0.62320365]]`.
    ///
    /// Matches numpy's default print options: elements formatted by numpy's float rules (see
    /// `NumpyFloatFormat`: 8 significant decimals at most, trailing zeros dropped, common padding),
    /// rows on separate lines indented by one space, lines wrapped at 75 characters, and matrices of more
    /// than 1000 elements summarized with `...` keeping the first and last 3 rows and columns. An empty
    /// matrix prints as `[]`.
    public var description: String {
        if count == 0 { return "[]" }
        let summarize = count > Self.summaryThreshold
        let shownRows = Self.shownIndices(rows, summarize: summarize)
        let shownColumns = Self.shownIndices(columns, summarize: summarize)
        var shownValues: [Double] = []
        for i in shownRows.compactMap({ $0 }) {
            for j in shownColumns.compactMap({ $0 }) { shownValues.append(storage[i * columns + j]) }
        }
        let format = NumpyFloatFormat(values: shownValues)

        // numpy's _formatArray for two axes: the outer level hangs rows after " " within 75 columns; each
        // row hangs its elements after "  " and wraps them within 75 - 1 (for "]") - 1 (for the outer "]").
        let rowIndent = "  "
        let elementWidth = Self.lineWidth - 2
        var rowTexts: [String] = []
        for i in shownRows {
            guard let i else {
                rowTexts.append(Self.summaryMarker)
                continue
            }
            var text = ""
            var line = rowIndent
            for (position, j) in shownColumns.enumerated() {
                let word = j.map { format.format(storage[i * columns + $0]) } ?? Self.summaryMarker
                if line.count + word.count > elementWidth && line.count > rowIndent.count {
                    text += Self.trimmingTrailingSpaces(line) + "\n"
                    line = rowIndent
                }
                line += word
                if position < shownColumns.count - 1 { line += " " }
            }
            text += line
            rowTexts.append("[" + text.dropFirst(rowIndent.count) + "]")
        }
        return "[" + rowTexts.joined(separator: "\n ") + "]"
    }

    /// numpy's `threshold` print option: more elements than this are summarized.
    private static let summaryThreshold = 1000
    /// numpy's `edgeitems` print option: rows and columns kept at each end of a summarized axis.
    private static let edgeItems = 3
    /// numpy's `linewidth` print option.
    private static let lineWidth = 75
    private static let summaryMarker = "..."

    /// The indices shown along an axis of length `length`; `nil` marks the `...` of a summary.
    private static func shownIndices(_ length: Int, summarize: Bool) -> [Int?] {
        guard summarize && length > 2 * edgeItems else { return Array(0..<length) }
        return Array(0..<edgeItems) + [nil] + Array(length - edgeItems ..< length)
    }

    private static func trimmingTrailingSpaces(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}
