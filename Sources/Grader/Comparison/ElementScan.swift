import Fixtures

/// One pass over the elements of an expected and an actual matrix of the same shape.
///
/// Each element is first checked for finiteness (NaN or infinity where the expected element is finite),
/// then for its value: within `tolerance` (`|a − e| ≤ atol + rtol·|e|`), or exactly equal when
/// `tolerance` is `nil`. A non-finite expected element is matched only by the same non-finite value:
/// NaN by NaN, +inf by +inf. Errors are measured over the differing elements only, as numpy's
/// `assert_allclose` reports them ("among violations").
struct ElementScan {
    /// Number of elements.
    let total: Int
    /// Elements that are NaN or infinite where the expected one is finite.
    private(set) var nonFiniteCount = 0
    /// The first of those, row-major.
    private(set) var firstNonFinite: Int?
    /// Finite elements, or elements whose expected value is not finite, that differ.
    private(set) var differingCount = 0
    /// The first of those, row-major.
    private(set) var firstDiffering: Int?
    /// The largest `|a − e|` among differing elements, and where (first on ties).
    private(set) var largestAbsolute: (offset: Int, error: Double)?
    /// The largest `|a − e| / |e|` among differing elements, and where (first on ties).
    private(set) var largestRelative: (offset: Int, error: Double)?

    /// Scans `actual` against `expected`, element by element.
    ///
    /// - Precondition: both have the same number of elements.
    init(expected: [Double], actual: [Double], tolerance: Tolerance?) {
        precondition(expected.count == actual.count, "ElementScan needs equal sizes")
        total = expected.count
        for offset in 0..<expected.count {
            let e = expected[offset]
            let a = actual[offset]
            if e.isFinite && !a.isFinite {
                nonFiniteCount += 1
                if firstNonFinite == nil { firstNonFinite = offset }
                continue
            }
            if Self.matches(a, e, tolerance) { continue }
            differingCount += 1
            if firstDiffering == nil { firstDiffering = offset }
            let absolute = e.isFinite ? abs(a - e) : .infinity
            let relative = e == 0 ? .infinity : absolute / abs(e)
            if largestAbsolute.map({ absolute > $0.error }) ?? true { largestAbsolute = (offset, absolute) }
            if largestRelative.map({ relative > $0.error }) ?? true { largestRelative = (offset, relative) }
        }
    }

    /// True when `actual` matches `expected`: exactly (NaN matching NaN) without a tolerance, otherwise
    /// within it when `expected` is finite, and equal (NaN matching NaN) when it is not.
    static func matches(_ actual: Double, _ expected: Double, _ tolerance: Tolerance?) -> Bool {
        if actual == expected || (actual.isNaN && expected.isNaN) { return true }
        guard let tolerance, expected.isFinite, actual.isFinite else { return false }
        return tolerance.accepts(actual, expected: expected)
    }
}
