import Fixtures
import NumericCore

/// Compares what a graded function returned with what the oracle expects.
///
/// The rules, in order, for every value:
/// 1. **Structure**: the kind must match (scalar, matrix, dict, list, tuple). An expected int accepts
///    only an int; an expected float accepts a float or an int; an expected bool only a bool. An
///    expected mask accepts a mask or a matrix, compared exactly (so only exact 0/1 values pass); an
///    expected matrix accepts a matrix or a mask. A (1, 1) matrix is never a float, nor a float a
///    (1, 1) matrix. Then shapes; then missing and extra keys (all of them listed); then lengths.
/// 2. **Finiteness**: NaN or infinity where the expected value is finite fails. An expected NaN or
///    infinity is matched only by the same value, so a NaN never passes by accident.
/// 3. **Values**: floats pass when `|actual − expected| ≤ atol + rtol·|expected|` with the output's
///    tolerance (asymmetric, as numpy's `isclose`); ints, bools and masks must be equal.
/// A digest expects a matrix of its shape whose row-major little-endian float64 bytes have its SHA-256.
///
/// Comparison goes on after a mismatch: every output, key and element is checked, so a report lists
/// every problem, not only the first. Where a list is too short or too long, the common elements are
/// still compared.
public struct OutputComparator: Sendable {
    /// Creates a comparator.
    public init() {}

    /// Compares a case's expected outputs with the actual ones, with the case's tolerances.
    public func compare(_ fixtureCase: FixtureCase, actual: [String: Value]) -> ComparisonReport {
        compare(expected: fixtureCase.expected, actual: actual, tolerance: fixtureCase.tolerance(forOutput:))
    }

    /// Compares expected outputs with actual ones.
    ///
    /// - Parameters:
    ///   - expected: the expected outputs, by name.
    ///   - actual: what the function returned, by name.
    ///   - tolerance: the tolerance for the floats of the named top-level output.
    /// - Returns: every mismatch, structure first, then non-finite values, then wrong values.
    public func compare(
        expected: [String: Value], actual: [String: Value], tolerance: (String) -> Tolerance
    ) -> ComparisonReport {
        var walk = Walk()
        let names = expected.keys.sorted(by: outputOrder)
        for name in names {
            let path = ValuePath(output: name)
            guard let actualValue = actual[name] else {
                walk.record(path, .missingOutput(expected: ValueSummary(expected[name]!)), expected: expected[name])
                continue
            }
            walk.tolerance = tolerance(name)
            walk.compare(expected[name]!, actualValue, at: path)
        }
        for name in actual.keys.sorted(by: outputOrder) where expected[name] == nil {
            walk.record(ValuePath(output: name), .extraOutput(actual: ValueSummary(actual[name]!)), actual: actual[name])
        }
        let ordered = walk.mismatches.enumerated().sorted {
            ($0.element.category.rank, $0.offset) < ($1.element.category.rank, $1.offset)
        }.map(\.element)
        return ComparisonReport(outputs: names, mismatches: ordered)
    }
}

/// Output names in alphabetical order, ignoring case (`A3, cache`).
func outputOrder(_ a: String, _ b: String) -> Bool {
    (a.lowercased(), a) < (b.lowercased(), b)
}

/// The state of one comparison: the tolerance of the output being walked and the mismatches so far.
private struct Walk {
    var tolerance = Tolerance(rtol: 0, atol: 0)
    var mismatches: [Mismatch] = []

    mutating func record(_ path: ValuePath, _ kind: Mismatch.Kind, expected: Value? = nil, actual: Value? = nil) {
        mismatches.append(Mismatch(path: path, kind: kind, expected: expected, actual: actual))
    }

    mutating func compare(_ expected: Value, _ actual: Value, at path: ValuePath) {
        switch (expected, actual) {
        case (.float(let e), .float(let a)):
            compareScalar(e, a, expected: expected, actual: actual, tolerance: tolerance, at: path)
        case (.float(let e), .int(let a)):
            compareScalar(e, Double(a), expected: expected, actual: actual, tolerance: tolerance, at: path)
        case (.int, .int), (.bool, .bool):
            compareExactly(expected, actual, at: path)
        case (.matrix(let e), .matrix(let a)), (.matrix(let e), .mask(let a)):
            compareMatrices(e, a, expected: expected, actual: actual, tolerance: tolerance, at: path)
        case (.mask(let e), .mask(let a)), (.mask(let e), .matrix(let a)):
            compareMatrices(e, a, expected: expected, actual: actual, tolerance: nil, at: path)
        case (.digest(let d), .matrix(let a)), (.digest(let d), .mask(let a)):
            compareDigest(d, a, actual: actual, at: path)
        case (.dict(let e), .dict(let a)):
            compareDicts(e, a, at: path)
        case (.list(let e), .list(let a)):
            compareSequences(expected, actual, e, a, at: path, step: ValuePath.Step.index)
        case (.tuple(let e), .tuple(let a)):
            compareSequences(expected, actual, e, a, at: path, step: ValuePath.Step.position)
        default:
            record(path, .kindMismatch(expected: ValueSummary(expected), actual: ValueSummary(actual)),
                   expected: expected, actual: actual)
        }
    }

    private mutating func compareExactly(_ expected: Value, _ actual: Value, at path: ValuePath) {
        guard expected != actual else { return }
        let element = ElementDifference(index: nil, expected: expected, actual: actual)
        record(path, .valueMismatch(ValueDiscrepancy(count: 1, total: 1, first: element)),
               expected: expected, actual: actual)
    }

    private mutating func compareScalar(
        _ e: Double, _ a: Double, expected: Value, actual: Value, tolerance: Tolerance, at path: ValuePath
    ) {
        let scan = ElementScan(expected: [e], actual: [a], tolerance: tolerance)
        let element = ElementDifference(index: nil, expected: .float(e), actual: actual)
        if scan.nonFiniteCount > 0 {
            record(path, .nonFinite(NonFiniteValues(count: 1, total: 1, first: element)),
                   expected: expected, actual: actual)
        } else if let absolute = scan.largestAbsolute, let relative = scan.largestRelative {
            let discrepancy = ValueDiscrepancy(
                count: 1, total: 1, first: element,
                largestAbsolute: ErrorPeak(error: absolute.error, element: element),
                largestRelative: ErrorPeak(error: relative.error, element: element),
                tolerance: tolerance)
            record(path, .valueMismatch(discrepancy), expected: expected, actual: actual)
        }
    }

    private mutating func compareMatrices(
        _ e: Matrix, _ a: Matrix, expected: Value, actual: Value, tolerance: Tolerance?, at path: ValuePath
    ) {
        guard e.rows == a.rows, e.columns == a.columns else {
            record(path, .shapeMismatch(expected: e.shape, actual: a.shape),
                   expected: expected, actual: actual)
            return
        }
        let scan = ElementScan(expected: e.storage, actual: a.storage, tolerance: tolerance)
        func element(_ offset: Int) -> ElementDifference {
            ElementDifference(index: ElementIndex(row: offset / max(e.columns, 1), column: offset % max(e.columns, 1)),
                              expected: expected.element(e.storage[offset]), actual: actual.element(a.storage[offset]))
        }
        if let first = scan.firstNonFinite {
            let record = NonFiniteValues(count: scan.nonFiniteCount, total: scan.total, first: element(first))
            self.record(path, .nonFinite(record), expected: expected, actual: actual)
        }
        if let first = scan.firstDiffering {
            let discrepancy = ValueDiscrepancy(
                count: scan.differingCount, total: scan.total, first: element(first),
                largestAbsolute: tolerance == nil ? nil : scan.largestAbsolute.map {
                    ErrorPeak(error: $0.error, element: element($0.offset))
                },
                largestRelative: tolerance == nil ? nil : scan.largestRelative.map {
                    ErrorPeak(error: $0.error, element: element($0.offset))
                },
                tolerance: tolerance)
            record(path, .valueMismatch(discrepancy), expected: expected, actual: actual)
        }
    }

    /// Shape, then the SHA-256 of the actual bytes; on a difference, non-finite values are reported
    /// if any (a digest stands for a finite matrix unless its first row says otherwise), else the
    /// first difference in row 0, or that row 0 matches.
    private mutating func compareDigest(_ digest: MatrixDigest, _ a: Matrix, actual: Value, at path: ValuePath) {
        guard digest.shape == a.shape else {
            record(path, .shapeMismatch(expected: digest.shape, actual: a.shape),
                   expected: .digest(digest), actual: actual)
            return
        }
        let elements = a.storage
        let actualSHA = SHA256.hexDigest(float64LittleEndian: elements)
        guard actualSHA != digest.sha256.lowercased() else { return }
        let firstRow = a.rows > 0 ? Array(elements[0..<a.columns]) : []
        func element(_ offset: Int) -> ElementDifference {
            let expected = offset < digest.firstRow.count && offset < a.columns ? Value.float(digest.firstRow[offset]) : nil
            return ElementDifference(index: ElementIndex(row: offset / max(a.columns, 1), column: offset % max(a.columns, 1)),
                                     expected: expected, actual: .float(elements[offset]))
        }
        let nonFinite = elements.indices.filter { offset in
            guard !elements[offset].isFinite else { return false }
            guard offset < a.columns, offset < digest.firstRow.count else { return true }
            return digest.firstRow[offset].isFinite
        }
        if let first = nonFinite.first {
            record(path, .nonFinite(NonFiniteValues(count: nonFinite.count, total: a.count, first: element(first))),
                   expected: .digest(digest), actual: actual)
            return
        }
        let differing = zip(digest.firstRow, firstRow).indices(where: { $0.bitPattern != $1.bitPattern })
        record(path, .digestMismatch(DigestDiscrepancy(
            shape: digest.shape, expectedSHA256: digest.sha256.lowercased(), actualSHA256: actualSHA,
            firstRowDifferences: differing.count, firstDifference: differing.first.map(element))),
            expected: .digest(digest), actual: actual)
    }

    private mutating func compareDicts(_ e: [String: Value], _ a: [String: Value], at path: ValuePath) {
        let missing = e.keys.filter { a[$0] == nil }.sorted(by: Value.notebookKeyOrder)
        let extra = a.keys.filter { e[$0] == nil }.sorted(by: Value.notebookKeyOrder)
        if !missing.isEmpty { record(path, .missingKeys(missing)) }
        if !extra.isEmpty { record(path, .extraKeys(extra)) }
        for key in e.keys.sorted(by: Value.notebookKeyOrder) {
            if let actualValue = a[key] { compare(e[key]!, actualValue, at: path.appending(.key(key))) }
        }
    }

    private mutating func compareSequences(
        _ expected: Value, _ actual: Value, _ e: [Value], _ a: [Value], at path: ValuePath,
        step: (Int) -> ValuePath.Step
    ) {
        if e.count != a.count {
            record(path, .lengthMismatch(expected: e.count, actual: a.count), expected: expected, actual: actual)
        }
        for (offset, pair) in zip(e, a).enumerated() {
            compare(pair.0, pair.1, at: path.appending(step(offset)))
        }
    }
}

private extension Value {
    /// An element of this matrix or mask as a scalar value: a mask's whole numbers as ints, so that
    /// messages print `1`, not `1.0`.
    func element(_ x: Double) -> Value {
        guard case .mask = self, x.isFinite, x == x.rounded(), abs(x) < 1e15 else { return .float(x) }
        return .int(Int(x))
    }
}

private extension Sequence {
    /// The offsets of the elements that satisfy `predicate`.
    func indices(where predicate: (Element) -> Bool) -> [Int] {
        enumerated().filter { predicate($0.element) }.map(\.offset)
    }
}
