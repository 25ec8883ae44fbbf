/// A dense 2-D matrix of `Double`, stored row-major, with value semantics.
///
/// Shapes follow numpy: `rows × columns`, a column vector is `(n, 1)`, a row vector `(1, m)`.
/// The storage is a plain `[Double]`, so copies are copy-on-write and a student's copy never aliases
/// the grader's.
///
/// A comparison with one number (`A .> 0`) keeps the compared elements and its test, and applies the
/// test only when something reads the mask's elements (see ``MaskTest``): multiplied into a matrix of
/// its shape, it costs no pass of its own. Every reading gives the bits the applied mask gives.
public struct Matrix: Sendable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// The elements as kept, row-major: this matrix's, or, while `test` is set, the compared ones.
    var held: [Double]
    /// A comparison not yet applied to `held`: this matrix is its 0/1 mask.
    var test: MaskTest?

    /// The elements in row-major order: element (i, j) is at `i * columns + j`.
    ///
    /// Read-only outside NumericCore, so that no caller can make its count differ from `rows * columns`;
    /// elements change through the subscript and the operators. Each reading of a mask not yet applied
    /// applies it: read it once (`let elements = m.storage`) rather than element by element.
    public internal(set) var storage: [Double] {
        get { test.map { $0.mask(held) } ?? held }
        set {
            held = newValue
            test = nil
        }
        _modify {
            settle()
            yield &held
        }
    }

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
        self.held = data
    }

    /// The 0/1 mask of `compared` under `test`, kept unapplied.
    init(masking compared: Matrix, by test: MaskTest) {
        rows = compared.rows
        columns = compared.columns
        held = compared.storage
        self.test = test
    }

    /// `body`'s result for the elements in row-major order, those of ``storage``, lent without a copy of
    /// their buffer where no test is pending (a read of `storage` returns a copy, which costs a retain
    /// and a release of the buffer).
    ///
    /// `body` is called at two places, so a large body whose loops call closures of their own may be
    /// left out of line, and its closures called once per lane block: `broadcasting` reads `storage`.
    @inline(__always)
    func withElements<Result>(_ body: (UnsafeBufferPointer<Double>) throws -> Result) rethrows -> Result {
        if let test { return try test.mask(held).withUnsafeBufferPointer(body) }
        return try held.withUnsafeBufferPointer(body)
    }

    /// Applies a kept test to the elements, once.
    mutating func settle() {
        guard let test else { return }
        held = test.mask(held)
        self.test = nil
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
    public var count: Int { rows * columns }
}

extension Matrix: Equatable {
    /// Equal shapes and equal elements (`==` of each pair: NaN equals nothing, `-0.0` equals `0.0`).
    public static func == (lhs: Matrix, rhs: Matrix) -> Bool {
        guard lhs.rows == rhs.rows && lhs.columns == rhs.columns else { return false }
        if lhs.test == nil && rhs.test == nil { return lhs.held == rhs.held }
        return lhs.storage == rhs.storage
    }
}
