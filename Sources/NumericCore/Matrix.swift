/// A dense 2-D matrix of `Double`, stored row-major, with value semantics.
///
/// Shapes follow numpy: `rows × columns`, a column vector is `(n, 1)`, a row vector `(1, m)`.
/// The storage is a plain `[Double]`, so copies are copy-on-write and a student's copy never aliases
/// the grader's.
public struct Matrix: Sendable, Equatable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// The elements in row-major order: element (i, j) is at `i * columns + j`.
    ///
    /// Read-only outside NumericCore, so that no caller can make its count differ from `rows * columns`;
    /// elements change through the subscript and the operators.
    public internal(set) var storage: [Double]

    /// Creates a matrix from row-major data.
    ///
    /// - Precondition: `data.count == rows * columns`, with both dimensions non-negative.
    public init(rows: Int, columns: Int, data: [Double]) {
        require(rows >= 0 && columns >= 0, "Matrix shape (\(rows), \(columns)) has a negative dimension")
        require(
            data.count == rows * columns,
            "Matrix shape (\(rows), \(columns)) needs \(rows * columns) elements, got \(data.count)"
        )
        self.rows = rows
        self.columns = columns
        self.storage = data
    }

    /// Creates a matrix of `shape` from row-major data.
    ///
    /// - Precondition: `data.count == shape.rows * shape.columns`, with both dimensions non-negative.
    public init(shape: MatrixShape, data: [Double]) {
        self.init(rows: shape.rows, columns: shape.columns, data: data)
    }

    /// The shape, which prints as numpy prints it: `(rows, columns)`.
    public var shape: MatrixShape { MatrixShape(rows: rows, columns: columns) }

    /// Number of elements, `rows * columns`.
    public var count: Int { storage.count }
}
