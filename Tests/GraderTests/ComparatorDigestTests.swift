import Fixtures
import Grader
import NumericCore
import Testing

/// Digests are taken from the hashlib vectors, so these tests check the comparator against Python's hash.
@Suite struct ComparatorDigestTests {
    let vector = ComparisonVectors.shared.sha256.float64.first { $0.shape == [37, 11] }!

    var digest: Value {
        let m = vector.matrix
        return .digest(MatrixDigest(shape: m.shape, sha256: vector.sha256,
                                    firstRow: Array(m.storage[0..<m.columns])))
    }

    func altered(_ offset: Int, to value: Double) -> Value {
        var m = vector.matrix
        m[offset / m.columns, offset % m.columns] = value
        return .matrix(m)
    }

    @Test func theSameMatrixPasses() {
        #expect(Build.compare(digest, .matrix(vector.matrix)).passed)
    }

    @Test func aWrongShapeIsReportedBeforeHashing() {
        let m = vector.matrix
        let transposed = Matrix(rows: m.columns, columns: m.rows, data: m.storage)
        let report = Build.compare(digest, .matrix(transposed))
        #expect(report.mismatches.map(\.kind) == [.shapeMismatch(expected: MatrixShape(rows: 37, columns: 11),
                                                                 actual: MatrixShape(rows: 11, columns: 37))])
    }

    @Test func aDifferenceInRowZeroIsLocated() {
        let original = vector.matrix.storage[4]
        let report = Build.compare(digest, altered(4, to: original + 1e-12), tolerance: Tolerance(rtol: 1, atol: 1))
        guard case .digestMismatch(let d)? = report.mismatches.first?.kind else {
            Issue.record("expected a digest mismatch, got \(report.mismatches)")
            return
        }
        #expect(report.mismatches.count == 1)
        #expect(d.firstRowDifferences == 1)
        #expect(d.firstDifference == ElementDifference(index: ElementIndex(row: 0, column: 4),
                                                       expected: .float(original), actual: .float(original + 1e-12)))
        #expect(d.expectedSHA256 == vector.sha256)
        #expect(d.actualSHA256 != vector.sha256)
    }

    @Test func aDifferenceBelowRowZeroIsSaidToBeFurtherDown() {
        let report = Build.compare(digest, altered(11 * 20 + 3, to: 0))
        guard case .digestMismatch(let d)? = report.mismatches.first?.kind else {
            Issue.record("expected a digest mismatch, got \(report.mismatches)")
            return
        }
        #expect(d.firstDifference == nil)
        #expect(d.firstRowDifferences == 0)
        let message = CaseFeedback(report: report, function: "random_mini_batches", disclosure: .full).message
        #expect(message == "out: values differ from the expected ones; row 0 matches; the difference is further down")
    }

    @Test func negativeZeroIsNotZeroForADigest() {
        let zeros = Matrix(rows: 1, columns: 4, data: [0, -0.0, .infinity, -1.5])
        let vector = ComparisonVectors.shared.sha256.float64.first { $0.shape == [1, 4] }!
        let digest = Value.digest(MatrixDigest(shape: MatrixShape(rows: 1, columns: 4), sha256: vector.sha256, firstRow: zeros.storage))
        #expect(Build.compare(digest, .matrix(zeros)).passed)
        let flipped = Matrix(rows: 1, columns: 4, data: [0, 0, .infinity, -1.5])
        let report = Build.compare(digest, .matrix(flipped))
        guard case .digestMismatch(let d)? = report.mismatches.first?.kind else { return }
        #expect(d.firstDifference?.index == ElementIndex(row: 0, column: 1))
    }

    @Test func aNaNAgainstADigestIsReportedAsNonFinite() {
        let report = Build.compare(digest, altered(11 * 30 + 2, to: .nan))
        guard case .nonFinite(let record)? = report.mismatches.first?.kind else {
            Issue.record("expected a non-finite report, got \(report.mismatches)")
            return
        }
        #expect(report.mismatches.count == 1)
        #expect(record.first.index == ElementIndex(row: 30, column: 2))
        #expect(record.first.expected == nil)
    }

    @Test func aDigestNeedsAMatrix() {
        #expect(Build.compare(digest, .float(1)).mismatches.map(\.category) == [.kindMismatch])
    }
}
