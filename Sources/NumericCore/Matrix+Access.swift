extension Matrix {
    /// The element at `(row, column)`, as `m[i, j]`.
    ///
    /// - Precondition: `0 <= row < rows` and `0 <= column < columns`.
    public subscript(row: Int, column: Int) -> Double {
        get {
            checkIndex(row, column)
            let element = held[row * columns + column]
            return test.map { $0.one(element) } ?? element
        }
        set {
            checkIndex(row, column)
            storage[row * columns + column] = newValue
        }
    }

    /// Row `i` as a `(1, columns)` matrix.
    ///
    /// - Precondition: `0 <= i < rows`.
    public func row(_ i: Int) -> Matrix {
        require(i >= 0 && i < rows, "row index \(i) is out of bounds for axis 0 with size \(rows)")
        return Matrix(rows: 1, columns: columns, data: Array(storage[i * columns ..< (i + 1) * columns]))
    }

    /// Column `j` as a `(rows, 1)` matrix.
    ///
    /// - Precondition: `0 <= j < columns`.
    public func column(_ j: Int) -> Matrix {
        require(j >= 0 && j < columns, "column index \(j) is out of bounds for axis 1 with size \(columns)")
        let data = [Double](count: rows) { column in
            withElements { source in
                for i in 0..<rows { column[i] = source[i * columns + j] }
            }
        }
        return Matrix(rows: rows, columns: 1, data: data)
    }

    /// The rows as nested arrays, like `arr.tolist()`.
    public var rowArrays: [[Double]] {
        let elements = storage
        return (0..<rows).map { i in Array(elements[i * columns ..< (i + 1) * columns]) }
    }

    private func checkIndex(_ row: Int, _ column: Int) {
        require(
            row >= 0 && row < rows && column >= 0 && column < columns,
            "index (\(row), \(column)) is out of bounds for shape \(shape)"
        )
    }
}
