import NumericCore

/// A matrix as the results model stores it (row-major values), for the decision-boundary plot.
public struct StoredMatrix: Sendable, Codable, Equatable {
    /// The matrix's shape.
    public var shape: MatrixShape
    /// The values, row by row.
    public var values: [Double]

    /// Creates a stored matrix.
    public init(shape: MatrixShape, values: [Double]) {
        self.shape = shape
        self.values = values
    }

    /// Stores a matrix.
    public init(_ matrix: Matrix) {
        self.init(shape: matrix.shape, values: matrix.storage)
    }

    /// The matrix stored.
    ///
    /// - Precondition: `values.count == shape.rows * shape.columns`, as a stored matrix has unless edited.
    public var matrix: Matrix { Matrix(shape: shape, data: values) }
}
