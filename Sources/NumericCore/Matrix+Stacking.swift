extension Matrix {
    /// The parts stacked top to bottom, like `np.vstack`.
    ///
    /// An empty list gives a `(0, 0)` matrix.
    ///
    /// - Precondition: every part has the same number of columns.
    public static func vstack(_ parts: [Matrix]) -> Matrix {
        guard let first = parts.first else { return Matrix(rows: 0, columns: 0, data: []) }
        var data: [Double] = []
        data.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        var rows = 0
        for (index, part) in parts.enumerated() {
            precondition(
                part.columns == first.columns,
                "all the input array dimensions except for the concatenation axis must match exactly, "
                    + "but along dimension 1, the array at index 0 has size \(first.columns) "
                    + "and the array at index \(index) has size \(part.columns)"
            )
            data.append(contentsOf: part.storage)
            rows += part.rows
        }
        return Matrix(rows: rows, columns: first.columns, data: data)
    }
}
