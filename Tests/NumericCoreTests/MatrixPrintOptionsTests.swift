import NumericCore
import Testing

/// `numpyString(precision:threshold:edgeItems:)` and `NumpyMatrixLayout` against numpy's `array2string`
/// under print options other than the defaults. Expected texts were printed by numpy 2.4.
@Suite struct MatrixPrintOptionsTests {
    let positional = Matrix(rows: 2, columns: 2, data: [0.1, 1.0 / 3, -2.5, 100])
    let scientific = Matrix(rows: 1, columns: 4, data: [1e-5, 2.0 / 3, -1234.5, 5e-324])
    let special = Matrix(rows: 1, columns: 4, data: [0.1 + 0.2, .nan, -.infinity, 2])

    /// `np.array2string(a, floatmode='unique')`.
    @Test func nilPrecisionPrintsShortestRoundTripDigits() {
        #expect(positional.numpyString(precision: nil)
            == "[[  0.1                  0.3333333333333333]\n [ -2.5                100.                ]]")
        #expect(scientific.numpyString(precision: nil)
            == "[[ 1.000000000000000e-005  6.666666666666666e-001 -1.234500000000000e+003\n"
            + "   4.940656458412465e-324]]")
        #expect(special.numpyString(precision: nil)
            == "[[0.30000000000000004                 nan                -inf\n  2.                 ]]")
    }

    /// `np.array2string(a, precision=12, floatmode='maxprec')`.
    @Test func precisionTwelveCutsToTwelveDigits() {
        #expect(positional.numpyString(precision: 12)
            == "[[  0.1              0.333333333333]\n [ -2.5            100.            ]]")
        #expect(scientific.numpyString(precision: 12)
            == "[[ 1.000000000000e-005  6.666666666667e-001 -1.234500000000e+003\n   4.940656458412e-324]]")
        #expect(special.numpyString(precision: 12) == "[[ 0.3  nan -inf  2. ]]")
    }

    /// `str(a)`: the default options are precision 8, threshold 1000, edge items 3.
    @Test func defaultsAreNumpysStr() {
        #expect(special.numpyString() == "[[ 0.3  nan -inf  2. ]]")
        #expect(special.description == special.numpyString(precision: 8, threshold: 1000, edgeItems: 3))
    }

    /// `np.array2string(np.arange(12.).reshape(3, 4) / 8, threshold=5, edgeitems=1, precision=12,
    /// floatmode='maxprec')`.
    @Test func thresholdAndEdgeItemsSummarize() {
        let matrix = Matrix(rows: 3, columns: 4, data: (0..<12).map { Double($0) / 8 })
        #expect(matrix.numpyString(precision: 12, threshold: 5, edgeItems: 1)
            == "[[0.    ... 0.375]\n ...\n [1.    ... 1.375]]")
    }

    /// `np.array2string(m)` and `np.array2string(m, threshold=4, edgeitems=1)` for integer arrays.
    @Test func layoutPlacesGivenElementTexts() {
        let values = [[10, 0, 1, 1], [0, 1, 0, -3], [1, 1, 1, 0]]
        let full = NumpyMatrixLayout(rows: 3, columns: 4)
        #expect(full.shownElements.count == 12)
        let padded = { (row: Int, column: Int) -> String in
            let text = String(values[row][column])
            return String(repeating: " ", count: 2 - text.count) + text
        }
        #expect(full.text(padded) == "[[10  0  1  1]\n [ 0  1  0 -3]\n [ 1  1  1  0]]")
        let summary = NumpyMatrixLayout(rows: 3, columns: 4, threshold: 4, edgeItems: 1)
        #expect(summary.rows == [0, nil, 2] && summary.columns == [0, nil, 3])
        let mask = [[1, 0, 1, 1], [0, 1, 0, 0], [1, 1, 1, 0]]
        #expect(summary.text { String(mask[$0][$1]) } == "[[1 ... 1]\n ...\n [1 ... 0]]")
        #expect(NumpyMatrixLayout(rows: 0, columns: 3).text { _, _ in "x" } == "[]")
    }
}
