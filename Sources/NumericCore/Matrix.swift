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
    public var storage: [Double]

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

    /// The shape as numpy prints it: `(rows, columns)`.
    public var shape: (rows: Int, columns: Int) { (rows, columns) }

    /// Number of elements, `rows * columns`.
    public var count: Int { storage.count }
}
