import Fixtures
import NumericCore

/// One thing a graded function's outputs got wrong, and where.
///
/// A comparison yields one mismatch per problem: a missing output, a wrong kind or shape, all the
/// missing keys of one dictionary together, all the wrong values of one matrix together. The values
/// at `path` are kept for printing; a hidden case's feedback never prints `expected`.
public struct Mismatch: Sendable, Equatable {
    /// Where the problem is.
    public var path: ValuePath
    /// What the problem is, with what is needed to explain it.
    public var kind: Kind
    /// The expected value at `path`, when there is one.
    public var expected: Value?
    /// The student's value at `path`, when there is one.
    public var actual: Value?

    /// Creates a mismatch.
    public init(path: ValuePath, kind: Kind, expected: Value? = nil, actual: Value? = nil) {
        self.path = path
        self.kind = kind
        self.expected = expected
        self.actual = actual
    }

    /// The kinds of problem, from structure down to values.
    public enum Kind: Sendable, Equatable {
        /// An expected output was not returned.
        case missingOutput(expected: ValueSummary)
        /// An output was returned that the function does not have.
        case extraOutput(actual: ValueSummary)
        /// The value is of another kind: a matrix where a dict is expected, a float where an int is.
        case kindMismatch(expected: ValueSummary, actual: ValueSummary)
        /// A matrix has the wrong shape.
        case shapeMismatch(expected: MatrixShape, actual: MatrixShape)
        /// A dictionary lacks these keys (all of them, sorted).
        case missingKeys([String])
        /// A dictionary has these keys it should not (all of them, sorted).
        case extraKeys([String])
        /// A list or tuple has the wrong number of elements.
        case lengthMismatch(expected: Int, actual: Int)
        /// NaN or infinity where a finite value is expected.
        case nonFinite(NonFiniteValues)
        /// Values outside the tolerance (or, for ints, bools and masks, not equal).
        case valueMismatch(ValueDiscrepancy)
        /// A matrix checked against a digest is not bit for bit the expected one.
        case digestMismatch(DigestDiscrepancy)
    }

    /// The kind of problem without its particulars: what hints are keyed by.
    public enum Category: String, Sendable, CaseIterable {
        /// See `Kind.missingOutput`.
        case missingOutput
        /// See `Kind.extraOutput`.
        case extraOutput
        /// See `Kind.kindMismatch`.
        case kindMismatch
        /// See `Kind.shapeMismatch`.
        case shapeMismatch
        /// See `Kind.missingKeys`.
        case missingKeys
        /// See `Kind.extraKeys`.
        case extraKeys
        /// See `Kind.lengthMismatch`.
        case lengthMismatch
        /// See `Kind.nonFinite`.
        case nonFinite
        /// See `Kind.valueMismatch`.
        case valueMismatch
        /// See `Kind.digestMismatch`.
        case digestMismatch

        /// Structure before finiteness before values: the order in which problems are reported.
        var rank: Int {
            switch self {
            case .missingOutput, .extraOutput, .kindMismatch, .shapeMismatch, .missingKeys, .extraKeys,
                 .lengthMismatch: 0
            case .nonFinite: 1
            case .valueMismatch, .digestMismatch: 2
            }
        }
    }

    /// The category of `kind`.
    public var category: Category {
        switch kind {
        case .missingOutput: .missingOutput
        case .extraOutput: .extraOutput
        case .kindMismatch: .kindMismatch
        case .shapeMismatch: .shapeMismatch
        case .missingKeys: .missingKeys
        case .extraKeys: .extraKeys
        case .lengthMismatch: .lengthMismatch
        case .nonFinite: .nonFinite
        case .valueMismatch: .valueMismatch
        case .digestMismatch: .digestMismatch
        }
    }
}

/// What kind of value something is, and its size: enough to say "expected a dict, got a matrix".
public struct ValueSummary: Sendable, Equatable {
    /// `float`, `int`, `bool`, `matrix`, `mask`, `dict`, `list` or `tuple` (a digest is a `matrix`).
    public var kind: String
    /// The shape of a matrix or mask.
    public var shape: MatrixShape?
    /// The number of elements of a list or tuple.
    public var count: Int?

    /// Summarises a value.
    public init(_ value: Value) {
        kind = value.kindName
        switch value {
        case .matrix(let m), .mask(let m): shape = m.shape
        case .digest(let d): shape = d.shape
        case .list(let items), .tuple(let items): count = items.count
        case .float, .int, .bool, .dict: break
        }
    }

    /// "a float", "an int", "a matrix of shape (1, 1)", "a list of 3 elements"; without the size
    /// when `withSize` is false ("a matrix").
    public func phrase(withSize: Bool) -> String {
        let noun = kind == "mask" ? "0/1 mask" : kind
        let article = noun.first.map { "aeiou".contains($0) } == true ? "an" : "a"
        guard withSize else { return "\(article) \(noun)" }
        if let shape { return "\(article) \(noun) of shape \(shape)" }
        if let count { return "\(article) \(noun) of \(count) element\(count == 1 ? "" : "s")" }
        return "\(article) \(noun)"
    }
}

/// One element of a comparison: where it is, what was expected and what came back.
public struct ElementDifference: Sendable, Equatable {
    /// The element's position in its matrix; `nil` for a scalar.
    public var index: ElementIndex?
    /// The expected element (`.float`, `.int` or `.bool`); `nil` when unknown (beyond a digest's first row).
    public var expected: Value?
    /// The student's element.
    public var actual: Value

    /// Creates an element difference.
    public init(index: ElementIndex?, expected: Value?, actual: Value) {
        self.index = index
        self.expected = expected
        self.actual = actual
    }
}

/// The largest error of one kind (absolute or relative) among the values that failed, and where.
public struct ErrorPeak: Sendable, Equatable {
    /// `|actual − expected|`, or that divided by `|expected|` (infinite when expected is 0).
    public var error: Double
    /// The element where it occurs (the first such element on ties).
    public var element: ElementDifference
}

/// NaN or infinite values where finite ones are expected.
public struct NonFiniteValues: Sendable, Equatable {
    /// How many elements are NaN or infinite where the expected one is finite.
    public var count: Int
    /// How many elements the value has (1 for a scalar).
    public var total: Int
    /// The first such element in row-major order.
    public var first: ElementDifference
}

/// Values that differ: how many, the first, and the largest errors.
public struct ValueDiscrepancy: Sendable, Equatable {
    /// How many elements differ (elements already reported as non-finite are not counted).
    public var count: Int
    /// How many elements the value has (1 for a scalar).
    public var total: Int
    /// The first differing element in row-major order.
    public var first: ElementDifference
    /// The largest absolute error among the differing elements; `nil` for exact comparisons.
    public var largestAbsolute: ErrorPeak?
    /// The largest relative error among the differing elements; `nil` for exact comparisons.
    public var largestRelative: ErrorPeak?
    /// The tolerance applied; `nil` when the comparison is exact (ints, bools, masks).
    public var tolerance: Tolerance?
}

/// A matrix whose float64 bytes do not hash to the expected digest.
public struct DigestDiscrepancy: Sendable, Equatable {
    /// The shape (equal for both; a shape difference is reported as such).
    public var shape: MatrixShape
    /// The expected SHA-256, lower-case hex.
    public var expectedSHA256: String
    /// The SHA-256 of the student's matrix.
    public var actualSHA256: String
    /// How many elements of row 0 differ from the digest's stored first row (bit for bit).
    public var firstRowDifferences: Int
    /// The first element of row 0 that differs; `nil` when row 0 matches and the difference is further down.
    public var firstDifference: ElementDifference?
}
