import Grader
import NumericCore
import Testing

@Suite struct NumpyTextTests {
    let vectors = ComparisonVectors.shared

    @Test func scalarsPrintAsNumpyPrintsAOneElementArray() {
        for vector in vectors.scalars {
            for (precision, numpy) in vector.byPrecision {
                let printed = NumpyText.matrix(Matrix(rows: 1, columns: 1, data: [vector.double]), precision: precision)
                #expect(printed == "[[\(numpy)]]", "\(vector.value) at precision \(String(describing: precision))")
            }
            #expect(NumpyText.scalar(vector.double) == vector.scalar, "\(vector.value)")
        }
    }

    @Test func matricesPrintAsNumpyStr() {
        #expect(vectors.matrices.count >= 40)
        for vector in vectors.matrices {
            #expect(NumpyText.matrix(vector.matrix, precision: vector.precision) == vector.str,
                    "shape \(vector.shape), precision \(String(describing: vector.precision))")
        }
    }

    @Test func masksPrintAsNumpyIntegerArrays() {
        for vector in vectors.masks {
            #expect(NumpyText.mask(vector.matrix) == vector.str, "shape \(vector.shape)")
        }
    }

    @Test func distinguishingAddsDigitsOnlyWhenEightDoNotDiffer() {
        let close = NumpyText.distinguishing(0.8563990712345678, 0.8563990712345679)
        #expect(close.expected != close.actual)
        #expect(close.expected.count > 10)
        let far = NumpyText.distinguishing(0.85639907, 0.85740001)
        #expect(far == (NumpyText.scalar(0.85639907), NumpyText.scalar(0.85740001)))
        let small = NumpyText.distinguishing(1.1890913024229996e-07, 1.1890913024229997e-07)
        #expect(small.expected != small.actual)
        #expect(small.expected.hasSuffix("e-07"))
        let zeros = NumpyText.distinguishing(0.0, -0.0)
        #expect(zeros == ("0.0", "-0.0"))
    }

    @Test func everyPairOfNeighbouringDoublesPrintsApart() {
        for vector in vectors.scalars where vector.double.isFinite && vector.double != 0 {
            let x = vector.double
            let pair = NumpyText.distinguishing(x, x.nextUp)
            #expect(pair.expected != pair.actual, "\(x)")
            #expect(Double(pair.expected.replacingOccurrences(of: ".e", with: "e")) != nil)
        }
    }

    @Test func matrixPairsGainDigitsUntilTheyDiffer() {
        let expected = Matrix(rows: 1, columns: 2, data: [0.1, 1.0])
        let actual = Matrix(rows: 1, columns: 2, data: [0.1, 1.0.nextUp])
        let pair = NumpyText.distinguishing(expected, actual)
        #expect(pair.expected != pair.actual)
        let same = NumpyText.distinguishing(expected, expected)
        #expect(same.expected == NumpyText.matrix(expected))
    }
}
