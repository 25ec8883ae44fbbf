import NumericCore

/// A value a graded function takes or returns, as fixtures, workers and comparisons see it.
///
/// The cases mirror what a notebook's Python values can be: scalars, integers, booleans, 2-D arrays,
/// 0/1 masks (compared exactly), dictionaries keyed like `"W1"`, lists and tuples. `digest` stands for a
/// matrix too large to store in full: its shape, the SHA-256 of its float64 bits and its first row.
public indirect enum Value: Sendable, Equatable {
    /// A real number; compared with the case's tolerance.
    case float(Double)
    /// An integer; compared exactly.
    case int(Int)
    /// A boolean; compared exactly.
    case bool(Bool)
    /// A 2-D array of doubles; compared element-wise with the case's tolerance.
    case matrix(Matrix)
    /// A 2-D array of 0/1 entries (a dropout mask, a label row); compared exactly.
    case mask(Matrix)
    /// A dictionary such as `parameters` or `grads`; keys compare as a set, values one by one.
    case dict([String: Value])
    /// An ordered list such as the mini-batches.
    case list([Value])
    /// A fixed-length tuple such as `(X_batch, Y_batch)`.
    case tuple([Value])
    /// A large expected matrix stored by shape, SHA-256 of its row-major little-endian float64 bytes,
    /// and its first row (used to say where a mismatch starts). Only ever an expected value.
    case digest(MatrixDigest)

    /// A short name of the value's kind, used in structure-mismatch messages ("expected a dict, got a matrix").
    public var kindName: String {
        switch self {
        case .float: "float"
        case .int: "int"
        case .bool: "bool"
        case .matrix: "matrix"
        case .mask: "mask"
        case .dict: "dict"
        case .list: "list"
        case .tuple: "tuple"
        case .digest: "matrix"
        }
    }
}
