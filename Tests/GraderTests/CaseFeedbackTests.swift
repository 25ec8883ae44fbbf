import Fixtures
import Grader
import NumericCore
import Testing

@Suite struct CaseFeedbackTests {
    func feedback(_ expected: [String: Value], _ actual: [String: Value], tolerance: Tolerance = Build.tight,
                  function: String = "f", maxListed: Int = 10) -> CaseFeedback {
        CaseFeedback(report: Build.compare(expected, actual, tolerance: tolerance), function: function,
                     disclosure: .full, maxListed: maxListed)
    }

    let expectedW1 = Build.m([[1.63535156, 0.85639907, -0.53718766], [-1.07799357, 0.5, -2.29470142]])
    let actualW1 = Build.m([[1.63535156, 0.85740001, -0.53718766], [-1.07799357, 0.7, -2.2]])

    @Test func valueMismatchMessageNamesPlaceCountFirstIndexAndBothValues() {
        let text = feedback(["parameters": .dict(["W1": expectedW1])], ["parameters": .dict(["W1": actualW1])])
        #expect(text.message
            == #"parameters["W1"]: 3 of 6 values differ; first at [0, 1]: expected 0.85639907, got 0.85740001"#)
    }

    @Test func detailsGiveToleranceLargestErrorsAndBothMatricesAsNumpyPrintsThem() {
        let text = feedback(["W1": expectedW1], ["W1": actualW1], tolerance: Tolerance(rtol: 1e-9, atol: 0, reason: "why"))
        let lines = text.details.split(separator: "\n").map(String.init)
        #expect(lines.contains("   tolerance: |got - expected| <= atol + rtol * |expected| with rtol 1e-09, atol 0.0 (why)"))
        // Absolute errors: 0.00100094 at [0, 1], 0.2 at [1, 1], 0.09470142 at [1, 2]; relative 0.4 at [1, 1].
        #expect(lines.contains { $0.hasPrefix("   largest absolute error 0.2") && $0.contains("at [1, 1]: expected 0.5, got 0.7") })
        #expect(lines.contains { $0.hasPrefix("   largest relative error 0.4") && $0.contains("at [1, 1]") })
        let expectedText = NumpyText.matrix(Build.matrix([[1.63535156, 0.85639907, -0.53718766], [-1.07799357, 0.5, -2.29470142]]))
        #expect(text.details.contains("   expected:\n   " + expectedText.replacingOccurrences(of: "\n", with: "\n   ")))
        #expect(text.details.contains("   got:\n   [[ 1.63535156  0.85740001 -0.53718766]\n    [-1.07799357  0.7        -2.2       ]]"))
    }

    @Test func scalarsPrintLikeNumpyWithEnoughDigitsToDiffer() {
        #expect(feedback(["difference": .float(1.1890913024229996e-07)], ["difference": .float(0.2850931567761623)]).message
            == "difference: expected 1.1890913e-07, got 0.28509316")
        #expect(feedback(["x": .float(0.1)], ["x": .float(0.1.nextUp)], tolerance: Tolerance(rtol: 0, atol: 0)).message
            == "x: expected 0.1, got 0.10000000000000002")
        #expect(feedback(["x": .float(0.8563990712)], ["x": .float(0.8563990745)], tolerance: Tolerance(rtol: 0, atol: 0)).message
            == "x: expected 0.856399071, got 0.856399074")
        #expect(feedback(["J": .float(8)], ["J": .float(8.5)]).message == "J: expected 8.0, got 8.5")
    }

    @Test func exactValuesPrintAsTheyAre() {
        #expect(feedback(["n": .int(64)], ["n": .int(63)]).message == "n: expected 64, got 63")
        #expect(feedback(["ok": .bool(true)], ["ok": .bool(false)]).message == "ok: expected True, got False")
        #expect(feedback(["D1": Build.mask([[1, 0, 1]])], ["D1": Build.m([[1, 1, 1]])]).message
            == "D1: 1 of 3 mask entries differ; first at [0, 1]: expected 0, got 1.0")
    }

    @Test func nonFiniteValuesAreNamed() {
        #expect(feedback(["cost": .float(0.5)], ["cost": .float(.nan)]).message
            == "cost: got nan where a finite value is expected (expected 0.5)")
        #expect(feedback(["A3": Build.m([[0.25, 0.5]])], ["A3": Build.m([[0.25, -.infinity]])]).message
            == "A3: 1 of 2 values are NaN or infinite where finite values are expected; first at [0, 1]: expected 0.5, got -inf")
        #expect(feedback(["x": .float(.nan)], ["x": .float(0.5)]).message == "x: expected nan, got 0.5")
    }

    @Test func shapeErrorsShowBothShapes() {
        let text = feedback(["W1": Build.m([[1, 2, 3], [4, 5, 6]])], ["W1": Build.m([[1, 4], [2, 5], [3, 6]])])
        #expect(text.message == "W1: expected shape (2, 3), got (3, 2)")
        #expect(text.details.contains("transposed"))
        #expect(text.details.contains("got:\n   [[1. 4.]\n    [2. 5.]\n    [3. 6.]]"))
    }

    @Test func structuralMessages() {
        #expect(feedback(["p": .dict(["W1": .int(1), "b1": .int(1), "W2": .int(1), "b2": .int(1)])],
                         ["p": .dict(["W1": .int(1), "b1": .int(1)])]).message == #"p: missing keys "W2", "b2""#)
        #expect(feedback(["p": .dict(["W1": .int(1)])], ["p": .dict(["W1": .int(1), "dA0": .int(0)])]).message
            == #"p: unexpected key "dA0""#)
        #expect(feedback(["mini_batches": .list([.int(1), .int(2), .int(3)])], ["mini_batches": .list([.int(1), .int(2)])]).message
            == "mini_batches: expected a list of 3 elements, got 2")
        #expect(feedback(["parameters": .dict([:])], ["parameters": Build.m([[1, 2]])]).message
            == "parameters: expected a dict, got a matrix of shape (1, 2)")
        #expect(feedback(["v": .dict([:])], [:]).message == "v: missing output (expected a dict)")
        #expect(feedback([:], ["extra": .list([.int(1)])]).message == "extra: unexpected output (got a list of 1 element)")
        let oneByOne = feedback(["cost": .float(0.5)], ["cost": Build.m([[0.5]])])
        #expect(oneByOne.message == "cost: expected a float, got a matrix of shape (1, 1)")
        #expect(oneByOne.details.contains("a (1, 1) matrix is not a number here"))
    }

    @Test func everyMessageIsOneLine() {
        let expected: [String: Value] = [
            "p": .dict(["a\nb": .int(1), "W1": Build.m([[1, 2]]), "b1": Build.m([[1]]), "k": .float(1)]),
            "l": .list([.int(1)]), "t": .tuple([.float(.nan)]), "m": Build.mask([[1, 0]]), "z": .bool(true),
        ]
        let actual: [String: Value] = [
            "p": .dict(["c\r\nd": .int(1), "W1": Build.m([[1, 3]]), "b1": Build.m([[1, 2]]), "k": .float(.infinity)]),
            "l": .list([]), "t": .tuple([.float(1)]), "m": .float(1), "z": .bool(false), "odd\nname": .int(0),
        ]
        let report = Build.compare(expected, actual)
        #expect(report.mismatches.count == 10)
        for disclosure in [Disclosure.full, .redacted] {
            for index in report.mismatches.indices {
                let one = ComparisonReport(outputs: report.outputs, mismatches: Array(report.mismatches[index...]))
                let message = CaseFeedback(report: one, function: "f", disclosure: disclosure).message
                #expect(!message.contains("\n") && !message.contains("\r"), "\(message)")
            }
        }
    }

    @Test func aLongListOfMismatchesIsCapped() {
        var expected: [String: Value] = [:]
        var actual: [String: Value] = [:]
        for layer in 1...12 {
            expected["W\(layer)"] = .float(1)
            actual["W\(layer)"] = .float(2)
        }
        let text = feedback(["parameters": .dict(expected)], ["parameters": .dict(actual)])
        #expect(text.message == #"parameters["W1"]: expected 1.0, got 2.0 (and 11 more mismatches)"#)
        let numbered = text.details.split(separator: "\n").filter { $0.first?.isNumber == true }
        #expect(numbered.count == 10)
        #expect(numbered.last?.hasPrefix(#"10. parameters["W10"]"#) == true)
        #expect(text.details.contains("... and 2 more mismatches (12 in all)"))
        let all = feedback(["parameters": .dict(expected)], ["parameters": .dict(actual)], maxListed: 20)
        #expect(!all.details.contains("more mismatches"))
    }

    @Test func aPassedCaseSaysSoWithoutDetails() {
        let text = feedback(["a": .int(1), "b": .int(2)], ["a": .int(1), "b": .int(2)])
        #expect(text.message == "all 2 outputs match")
        #expect(text.details.isEmpty)
        #expect(feedback(["a": .int(1)], ["a": .int(1)]).message == "the output matches")
    }

    @Test func digestMismatchInRowZeroIsLocated() {
        let vector = ComparisonVectors.shared.sha256.float64.first { $0.shape == [37, 11] }!
        var altered = vector.matrix
        altered[0, 3] += 0.5
        let digest = MatrixDigest(shape: MatrixShape(rows: 37, columns: 11), sha256: vector.sha256, firstRow: Array(vector.matrix.storage[0..<11]))
        let text = feedback(["X": .digest(digest)], ["X": .matrix(altered)])
        let pair = NumpyText.distinguishing(vector.matrix.storage[3], altered.storage[3])
        #expect(text.message == "X: 1 of 11 values in row 0 differ; first at [0, 3]: expected \(pair.expected), got \(pair.actual)")
        #expect(text.details.contains("bit for bit"))
        #expect(text.details.contains("SHA-256 expected \(vector.sha256), got "))
    }

    @Test func aMatrixWithNaNsAndWrongValuesIsPrintedOnce() {
        let text = feedback(["A3": Build.m([[0.25, 0.5, 0.75]])], ["A3": Build.m([[.nan, 0.5, 0.8]])])
        #expect(text.message.hasPrefix("A3: 1 of 3 values are NaN or infinite"))
        #expect(text.details.contains("2. A3: 1 of 3 values differ; first at [0, 2]: expected 0.75, got 0.8"))
        #expect(text.details.components(separatedBy: "expected:\n").count == 2)
        #expect(text.details.contains("got:\n   [[nan 0.5 0.8]]"))
    }
}
