extension Matrix {
    /// A matrix of zeros, like `np.zeros((rows, columns))`.
    ///
    /// - Parameters:
    ///   - rows: Number of rows, non-negative.
    ///   - columns: Number of columns, non-negative.
    public static func zeros(_ rows: Int, _ columns: Int) -> Matrix {
        Matrix(repeating: 0, rows: rows, columns: columns)
    }

    /// A matrix of ones, like `np.ones((rows, columns))`.
    ///
    /// - Parameters:
    ///   - rows: Number of rows, non-negative.
    ///   - columns: Number of columns, non-negative.
    public static func ones(_ rows: Int, _ columns: Int) -> Matrix {
        Matrix(repeating: 1, rows: rows, columns: columns)
    }

    /// A matrix with every element equal to `value`, like `np.full((rows, columns), value)`.
    ///
    /// - Precondition: `rows` and `columns` are non-negative.
    public init(repeating value: Double, rows: Int, columns: Int) {
        require(rows >= 0 && columns >= 0, "Matrix shape (\(rows), \(columns)) has a negative dimension")
        self.init(rows: rows, columns: columns, data: [Double](count: rows * columns) { $0.initialize(repeating: value) })
    }

    /// A matrix from its rows, like `np.array([[1, 2], [3, 4]])`.
    ///
    /// An empty array gives a `(0, 0)` matrix.
    ///
    /// - Precondition: every row has the same length.
    public init(_ rows: [[Double]]) {
        let columns = rows.first?.count ?? 0
        var data: [Double] = []
        data.reserveCapacity(rows.count * columns)
        for (index, row) in rows.enumerated() {
            require(
                row.count == columns,
                "Matrix rows must have the same length: row 0 has \(columns) elements, row \(index) has \(row.count)"
            )
            data.append(contentsOf: row)
        }
        self.init(rows: rows.count, columns: columns, data: data)
    }

    /// A column vector of shape `(n, 1)`.
    public init(column: [Double]) {
        self.init(rows: column.count, columns: 1, data: column)
    }

    /// A row vector of shape `(1, n)`.
    public init(row: [Double]) {
        self.init(rows: 1, columns: row.count, data: row)
    }

    /// A `(1, 1)` matrix holding `scalar`.
    ///
    /// numpy's scalar arithmetic broadcasts a `(1, 1)` array against any shape; so does `Matrix`.
    public init(scalar: Double) {
        self.init(rows: 1, columns: 1, data: [scalar])
    }
}
