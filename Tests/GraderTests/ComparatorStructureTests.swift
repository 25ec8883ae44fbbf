import Fixtures
import Grader
import NumericCore
import Testing

@Suite struct ComparatorStructureTests {
    @Test func identicalOutputsPass() {
        let outputs: [String: Value] = [
            "parameters": .dict(["W1": Build.m([[1, 2], [3, 4]]), "b1": Build.m([[0], [0]])]),
            "mini_batches": .list([.tuple([Build.m([[1, 2]]), Build.mask([[1, 0]])])]),
            "t": .int(3), "flag": .bool(true), "cost": .float(0.5),
        ]
        let report = Build.compare(outputs, outputs)
        #expect(report.passed)
        #expect(report.outputs == ["cost", "flag", "mini_batches", "parameters", "t"])
    }

    @Test func missingAndExtraOutputsAreEachReported() {
        let report = Build.compare(["v": .dict([:]), "s": .dict([:]), "parameters": .dict([:])],
                                   ["parameters": .dict([:]), "extra": .float(1), "more": .int(2)])
        let kinds = report.mismatches.map { "\($0.path)=\($0.category)" }
        #expect(kinds == ["s=missingOutput", "v=missingOutput", "extra=extraOutput", "more=extraOutput"])
        #expect(report.mismatches[0].kind == .missingOutput(expected: ValueSummary(.dict([:]))))
    }

    @Test func kindMismatchNamesBothKinds() {
        let report = Build.compare(.dict(["W1": .float(1)]), Build.m([[1, 2, 3], [4, 5, 6]]))
        #expect(report.mismatches.count == 1)
        guard case .kindMismatch(let expected, let actual) = report.mismatches[0].kind else {
            Issue.record("expected a kind mismatch, got \(report.mismatches)")
            return
        }
        #expect(expected.kind == "dict")
        #expect(actual.kind == "matrix")
        #expect(actual.shape == MatrixShape(rows: 2, columns: 3))
    }

    @Test func anIntExpectedAcceptsOnlyAnInt() {
        #expect(Build.compare(.int(3), .int(3)).passed)
        #expect(Build.compare(.int(3), .float(3)).mismatches.map(\.category) == [.kindMismatch])
        #expect(Build.compare(.int(1), .bool(true)).mismatches.map(\.category) == [.kindMismatch])
        #expect(Build.compare(.int(3), .int(4)).mismatches.map(\.category) == [.valueMismatch])
    }

    @Test func aFloatExpectedAcceptsAFloatOrAnInt() {
        #expect(Build.compare(.float(3), .int(3)).passed)
        #expect(Build.compare(.float(3), .float(3)).passed)
        #expect(Build.compare(.float(3.5), .int(3)).mismatches.map(\.category) == [.valueMismatch])
        #expect(Build.compare(.float(1), .bool(true)).mismatches.map(\.category) == [.kindMismatch])
    }

    @Test func boolsCompareExactlyAndOnlyWithBools() {
        #expect(Build.compare(.bool(true), .bool(true)).passed)
        #expect(Build.compare(.bool(true), .bool(false)).mismatches.map(\.category) == [.valueMismatch])
        #expect(Build.compare(.bool(true), .int(1)).mismatches.map(\.category) == [.kindMismatch])
    }

    @Test func aOneByOneMatrixIsNotAFloatNorAFloatAOneByOneMatrix() {
        #expect(Build.compare(Build.m([[0.5]]), .float(0.5)).mismatches.map(\.category) == [.kindMismatch])
        #expect(Build.compare(.float(0.5), Build.m([[0.5]])).mismatches.map(\.category) == [.kindMismatch])
    }

    @Test func listsAndTuplesAreDistinctKinds() {
        #expect(Build.compare(.tuple([.int(1)]), .list([.int(1)])).mismatches.map(\.category) == [.kindMismatch])
        #expect(Build.compare(.list([.int(1)]), .tuple([.int(1)])).mismatches.map(\.category) == [.kindMismatch])
    }

    @Test func matricesAndMasksAcceptEachOther() {
        #expect(Build.compare(Build.mask([[1, 0, 1]]), Build.m([[1, 0, 1]])).passed)
        #expect(Build.compare(Build.m([[1, 0, 1]]), Build.mask([[1, 0, 1]])).passed)
        #expect(Build.compare(Build.mask([[1, 0]]), .float(1)).mismatches.map(\.category) == [.kindMismatch])
    }

    @Test func shapeMismatchCarriesBothShapesAndStopsThere() {
        let report = Build.compare(Build.m([[1, 2, 3], [4, 5, 6]]), Build.m([[1, 2], [3, 4], [5, 6]]))
        #expect(report.mismatches.count == 1)
        #expect(report.mismatches[0].kind == .shapeMismatch(expected: MatrixShape(rows: 2, columns: 3),
                                                            actual: MatrixShape(rows: 3, columns: 2)))
    }

    @Test func missingAndExtraKeysAreAllListedInReadingOrder() {
        let expected: Value = .dict(["W1": .float(1), "b1": .float(1), "W2": .float(1), "b2": .float(1),
                                     "W3": .float(1), "b3": .float(1)])
        let actual: Value = .dict(["W1": .float(1), "b1": .float(1), "dW1": .float(0), "W10": .float(0)])
        let report = Build.compare(expected, actual)
        #expect(report.mismatches.map(\.kind) == [.missingKeys(["W2", "b2", "W3", "b3"]), .extraKeys(["dW1", "W10"])])
        #expect(report.mismatches.allSatisfy { $0.path.description == "out" })
    }

    @Test func commonKeysAreStillComparedWhenKeysDiffer() {
        let report = Build.compare(.dict(["W1": .float(1), "b1": .float(2)]), .dict(["W1": .float(5), "x": .int(0)]))
        #expect(report.mismatches.map(\.category) == [.missingKeys, .extraKeys, .valueMismatch])
        #expect(report.mismatches[2].path.description == #"out["W1"]"#)
    }

    @Test func listLengthIsCheckedAndTheCommonPrefixCompared() {
        let expected: Value = .list([.int(1), .int(2), .int(3)])
        let report = Build.compare(expected, .list([.int(1), .int(9)]))
        #expect(report.mismatches.map(\.kind).first == .lengthMismatch(expected: 3, actual: 2))
        #expect(report.mismatches.map(\.path.description) == ["out", "out[1]"])
        let tuple = Build.compare(.tuple([.int(1), .int(2)]), .tuple([.int(1), .int(2), .int(3)]))
        #expect(tuple.mismatches.map(\.kind) == [.lengthMismatch(expected: 2, actual: 3)])
    }

    @Test func nestedPathsReadLikePythonIndexing() {
        let batch: (Double) -> Value = { .tuple([Build.m([[1, 2]]), Build.mask([[$0, 0]])]) }
        let expected: [String: Value] = [
            "mini_batches": .list([batch(1), batch(1), batch(1)]),
            "cache": .dict(["D1": Build.mask([[1, 0]]), "A1": Build.m([[1]])]),
            "parameters": .dict(["W1": Build.m([[1, 2, 3], [4, 5, 6]])]),
        ]
        let actual: [String: Value] = [
            "mini_batches": .list([batch(1), batch(1), batch(0)]),
            "cache": .dict(["D1": Build.mask([[0, 0]]), "A1": Build.m([[1]])]),
            "parameters": .dict(["W1": Build.m([[1, 2, 3], [4, 5, 7]])]),
        ]
        let paths = Build.compare(expected, actual).mismatches.map(\.path.description)
        #expect(paths == [#"cache["D1"]"#, "mini_batches[2].1", #"parameters["W1"]"#])
    }

    @Test func oddKeysAreEscapedInPaths() {
        let path = ValuePath(output: "grads", steps: [.key("a\"b\nc"), .index(0), .position(1)])
        #expect(path.description == #"grads["a\"b\nc"][0].1"#)
        #expect(ValuePath(output: "two words").description == #""two words""#)
    }

    @Test func structureIsReportedBeforeNonFiniteBeforeValues() {
        let expected: [String: Value] = ["a": .float(1), "b": .float(1), "c": .dict(["W1": .float(1)])]
        let actual: [String: Value] = ["a": .float(2), "b": .float(.nan), "c": .dict([:])]
        let report = Build.compare(expected, actual)
        #expect(report.mismatches.map(\.category) == [.missingKeys, .nonFinite, .valueMismatch])
        #expect(report.mismatches.map(\.path.output) == ["c", "b", "a"])
    }
}
