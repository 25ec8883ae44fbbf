import Fixtures
import Grader
import NumericCore
import Testing

@Suite struct ComparatorValueTests {
    let loose = Tolerance(rtol: 0.5, atol: 1)

    @Test func aNaNNeverPassesWhereANumberIsExpected() {
        let scalar = Build.compare(.float(0.5), .float(.nan), tolerance: loose)
        #expect(scalar.mismatches.map(\.category) == [.nonFinite])
        let matrix = Build.compare(Build.m([[1, 2, 3]]), Build.m([[1, .nan, 3]]), tolerance: loose)
        #expect(matrix.mismatches.map(\.category) == [.nonFinite])
        guard case .nonFinite(let record) = matrix.mismatches[0].kind else { return }
        #expect(record.count == 1 && record.total == 3)
        #expect(record.first.index == ElementIndex(row: 0, column: 1))
    }

    @Test func aNumberNeverPassesWhereANaNIsExpected() {
        for tolerance in [loose, Tolerance(rtol: .infinity, atol: .infinity), Build.tight] {
            #expect(Build.compare(.float(.nan), .float(0.5), tolerance: tolerance).mismatches.map(\.category) == [.valueMismatch])
            #expect(Build.compare(Build.m([[.nan]]), Build.m([[1e300]]), tolerance: tolerance).mismatches.map(\.category)
                == [.valueMismatch])
        }
    }

    @Test func aNaNPassesOnlyWhereANaNIsExpected() {
        #expect(Build.compare(.float(.nan), .float(.nan)).passed)
        #expect(Build.compare(Build.m([[1, .nan]]), Build.m([[1, .nan]])).passed)
        #expect(Build.compare(Build.mask([[1, .nan]]), Build.mask([[1, .nan]])).passed)
        #expect(!Build.compare(Build.m([[1, 2]]), Build.m([[1, .nan]])).passed)
    }

    @Test func infinitiesFailWhereFiniteValuesAreExpectedAndMatchOnlyThemselves() {
        let huge = Tolerance(rtol: 1, atol: 1e308)
        #expect(Build.compare(.float(1), .float(.infinity), tolerance: huge).mismatches.map(\.category) == [.nonFinite])
        #expect(Build.compare(.float(1), .float(-.infinity), tolerance: huge).mismatches.map(\.category) == [.nonFinite])
        #expect(Build.compare(.float(.infinity), .float(.infinity)).passed)
        #expect(Build.compare(.float(.infinity), .float(1e308), tolerance: huge).mismatches.map(\.category) == [.valueMismatch])
        #expect(Build.compare(.float(.infinity), .float(-.infinity), tolerance: huge).mismatches.map(\.category) == [.valueMismatch])
        #expect(Build.compare(.float(-.infinity), .float(.nan), tolerance: huge).mismatches.map(\.category) == [.valueMismatch])
    }

    @Test func toleranceIsAsymmetricScalingWithTheExpectedValue() {
        let tolerance = Tolerance(rtol: 0.2, atol: 0)
        // |2.5 - 2| = 0.5 > 0.2 * 2, but ≤ 0.2 * 2.5.
        #expect(!Build.compare(.float(2), .float(2.5), tolerance: tolerance).passed)
        #expect(Build.compare(.float(2.5), .float(2), tolerance: tolerance).passed)
    }

    @Test func toleranceBoundaryIsInclusive() {
        #expect(Build.compare(.float(4), .float(5), tolerance: Tolerance(rtol: 0.25, atol: 0)).passed)
        #expect(Build.compare(.float(0), .float(0.5), tolerance: Tolerance(rtol: 0.25, atol: 0.5)).passed)
        #expect(!Build.compare(.float(0), .float(0.5.nextUp), tolerance: Tolerance(rtol: 0.25, atol: 0.5)).passed)
    }

    @Test func eachOutputUsesItsOwnTolerance() {
        let expected: [String: Value] = ["difference": .float(1.0), "cost": .float(1.0)]
        let actual: [String: Value] = ["difference": .float(1.0001), "cost": .float(1.0001)]
        let report = OutputComparator().compare(expected: expected, actual: actual) { name in
            name == "difference" ? Tolerance(rtol: 1e-3, atol: 0) : Tolerance(rtol: 1e-9, atol: 0)
        }
        #expect(report.mismatches.map(\.path.output) == ["cost"])
    }

    @Test func aFixtureCaseSuppliesItsPerOutputTolerances() {
        let fixtureCase = FixtureCase(
            id: "f[x]", function: "f", description: "", visibility: .public, points: 1, provenance: "test",
            tolerance: Tolerance(rtol: 1e-9, atol: 0),
            outputTolerances: ["difference": Tolerance(rtol: 1e-3, atol: 0, reason: "cancellation")],
            inputs: [:], expected: ["difference": .float(1), "cost": .float(1)])
        let report = OutputComparator().compare(fixtureCase, actual: ["difference": .float(1.0001), "cost": .float(1.0001)])
        #expect(report.mismatches.map(\.path.output) == ["cost"])
    }

    @Test func masksCompareExactlyWhateverTheTolerance() {
        let huge = Tolerance(rtol: 10, atol: 10)
        #expect(Build.compare(Build.mask([[1, 0, 1]]), Build.mask([[1, 0, 1]]), tolerance: huge).passed)
        let flipped = Build.compare(Build.mask([[1, 0, 1]]), Build.mask([[1, 1, 1]]), tolerance: huge)
        #expect(flipped.mismatches.map(\.category) == [.valueMismatch])
        let nearlyOne = Build.compare(Build.mask([[1, 0, 1]]), Build.m([[1, 0, 1.0.nextDown]]), tolerance: huge)
        #expect(nearlyOne.mismatches.map(\.category) == [.valueMismatch])
        guard case .valueMismatch(let discrepancy) = nearlyOne.mismatches[0].kind else { return }
        #expect(discrepancy.tolerance == nil)
        #expect(discrepancy.first.index == ElementIndex(row: 0, column: 2))
    }

    @Test func integersCompareExactlyWhateverTheTolerance() {
        let huge = Tolerance(rtol: 10, atol: 10)
        #expect(Build.compare(.int(64), .int(63), tolerance: huge).mismatches.map(\.category) == [.valueMismatch])
    }

    @Test func valueMismatchCountsAndLocatesTheErrors() {
        let expected = Build.m([[1, 2, 3], [4, 0, 100]])
        // Errors: [0,1] abs 0.5 rel 0.25; [1,1] abs 0.1 rel inf (expected 0); [1,2] abs 2 rel 0.02.
        let actual = Build.m([[1, 2.5, 3], [4, 0.1, 102]])
        let report = Build.compare(expected, actual, tolerance: Tolerance(rtol: 0, atol: 0.01))
        guard case .valueMismatch(let d) = report.mismatches.first?.kind else {
            Issue.record("expected a value mismatch, got \(report.mismatches)")
            return
        }
        #expect(d.count == 3 && d.total == 6)
        #expect(d.first == ElementDifference(index: ElementIndex(row: 0, column: 1), expected: .float(2), actual: .float(2.5)))
        #expect(d.largestAbsolute?.element.index == ElementIndex(row: 1, column: 2))
        #expect(d.largestAbsolute?.error == 2)
        #expect(d.largestRelative?.element.index == ElementIndex(row: 1, column: 1))
        #expect(d.largestRelative?.error == .infinity)
    }

    @Test func largestRelativeErrorIsAmongTheFailingValuesOnly() {
        // [0,0] passes (abs 0.001 within atol) with a large relative error; [0,1] fails.
        let expected = Build.m([[1e-6, 10]])
        let actual = Build.m([[0.001, 11]])
        let report = Build.compare(expected, actual, tolerance: Tolerance(rtol: 0, atol: 0.01))
        guard case .valueMismatch(let d) = report.mismatches.first?.kind else { return }
        #expect(d.count == 1)
        #expect(d.largestRelative?.element.index == ElementIndex(row: 0, column: 1))
        #expect(d.largestRelative?.error == 0.1)
    }

    @Test func nonFiniteAndWrongValuesInOneMatrixAreBothReported() {
        let report = Build.compare(Build.m([[1, 2, 3, 4]]), Build.m([[.infinity, 2, 30, .nan]]))
        #expect(report.mismatches.map(\.category) == [.nonFinite, .valueMismatch])
        guard case .nonFinite(let n) = report.mismatches[0].kind,
              case .valueMismatch(let v) = report.mismatches[1].kind else { return }
        #expect(n.count == 2 && n.first.index == ElementIndex(row: 0, column: 0))
        #expect(v.count == 1 && v.first.index == ElementIndex(row: 0, column: 2))
    }

    @Test func everyOutputIsComparedAfterTheFirstMismatch() {
        var expected: [String: Value] = [:]
        var actual: [String: Value] = [:]
        for layer in 1...12 {
            expected["W\(layer)"] = .float(Double(layer))
            actual["W\(layer)"] = .float(Double(layer) + 1)
        }
        let report = Build.compare(["parameters": .dict(expected)], ["parameters": .dict(actual)])
        #expect(report.mismatches.count == 12)
        #expect(report.mismatches.map(\.path.lastKey) == (1...12).map { "W\($0)" })
    }
}
