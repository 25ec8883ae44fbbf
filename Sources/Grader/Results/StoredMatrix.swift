/// A matrix as the results model stores it (row-major values), for the decision-boundary plot.
public struct StoredMatrix: Sendable, Codable, Equatable {
    /// Number of rows.
    public var rows: Int
    /// Number of columns.
    public var columns: Int
    /// The values, row by row.
    public var values: [Double]

    /// Creates a stored matrix.
    public init(rows: Int, columns: Int, values: [Double]) {
        self.rows = rows
        self.columns = columns
        self.values = values
    }
}
