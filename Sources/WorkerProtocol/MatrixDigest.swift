import NumericCore

/// A compact stand-in for a large expected matrix: enough to check it bit for bit and to point at a difference.
public struct MatrixDigest: Sendable, Equatable {
    /// The matrix's shape.
    public var shape: MatrixShape
    /// Lower-case hex SHA-256 of the row-major little-endian IEEE-754 float64 bytes.
    public var sha256: String
    /// The first row in full, so a mismatch can be located in it.
    public var firstRow: [Double]

    /// Creates a digest from its parts.
    public init(shape: MatrixShape, sha256: String, firstRow: [Double]) {
        self.shape = shape
        self.sha256 = sha256
        self.firstRow = firstRow
    }
}
