/// The shape of a matrix, `rows × columns`, printed as numpy prints shapes: `(2, 3)`.
///
/// The one record of a shape across the modules: a `Matrix`'s, a digest's, a generated input's, a
/// stored training result's and a mismatch's. It holds no elements, so any two non-negative numbers
/// make a shape; `Matrix` checks its elements against it.
public struct MatrixShape: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Number of rows.
    public var rows: Int
    /// Number of columns.
    public var columns: Int

    /// Creates a shape.
    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }

    /// How many elements a matrix of this shape holds, `rows * columns`.
    public var count: Int { rows * columns }

    /// The shape as numpy prints it, e.g. `(2, 3)`.
    public var description: String { "(\(rows), \(columns))" }
}
