extension Matrix: CustomStringConvertible {
    /// The matrix as numpy's `str(arr)` prints it with the default print options, e.g.
    /// `[[ 1.63535156 -0.62320365]]`.
    ///
    /// Elements formatted by numpy's float rules (see ``NumpyFloatFormat``: at most 8 digits after the
    /// point, trailing zeros dropped, common padding), rows on separate lines, lines wrapped at 75
    /// characters, and matrices of more than 1000 elements summarized with `...` keeping the first and
    /// last 3 rows and columns (see ``NumpyMatrixLayout``). An empty matrix prints as `[]`.
    public var description: String { numpyString() }

    /// The matrix as numpy's `str(arr)` prints it under the given print options.
    ///
    /// - Parameters:
    ///   - precision: at most this many digits after the point (numpy's floatmode `maxprec`); `nil` for
    ///     the shortest text that reads back to each element (floatmode `unique`).
    ///   - threshold: above this many elements, only the first and last `edgeItems` rows and columns
    ///     are printed, with `...` between (numpy's `threshold`).
    ///   - edgeItems: rows and columns kept at each end of a summarized axis (numpy's `edgeitems`).
    public func numpyString(
        precision: Int? = NumpyFloatFormat.defaultPrecision,
        threshold: Int = NumpyMatrixLayout.defaultThreshold,
        edgeItems: Int = NumpyMatrixLayout.defaultEdgeItems
    ) -> String {
        let layout = NumpyMatrixLayout(rows: rows, columns: columns, threshold: threshold, edgeItems: edgeItems)
        let elements = storage
        let shown = layout.shownElements.map { elements[$0.row * columns + $0.column] }
        let format = NumpyFloatFormat(values: shown, precision: precision)
        return layout.text { format.format(elements[$0 * columns + $1]) }
    }
}
