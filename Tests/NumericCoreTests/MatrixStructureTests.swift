import Foundation
import NumericCore
import Testing

/// Construction, element access, reshaping and selection: properties that hold for any data, checked on
/// RandomState draws (themselves checked against numpy in RandomStateTests).
@Suite struct MatrixStructureTests {
    private static func draw(_ rows: Int, _ columns: Int, seed: UInt32 = 11) -> Matrix {
        var random = RandomState(seed: seed)
        return random.randn(rows, columns)
    }

    @Test func constructorsAgreeWithEachOther() {
        let m = Self.draw(3, 4)
        #expect(Matrix(m.rowArrays) == m)
        #expect(Matrix(m.rowArrays).shape == MatrixShape(rows: 3, columns: 4))
        #expect(Matrix(column: m.storage).shape == MatrixShape(rows: 12, columns: 1))
        #expect(Matrix(row: m.storage).shape == MatrixShape(rows: 1, columns: 12))
        #expect(Matrix(column: m.storage).storage == m.storage)
        #expect(Matrix(scalar: m[1, 2]).storage == [m[1, 2]])
        #expect(Matrix.zeros(2, 5) == Matrix(repeating: 0, rows: 2, columns: 5))
        #expect(Matrix.ones(2, 5) == Matrix(repeating: 1, rows: 2, columns: 5))
        #expect(Matrix.ones(2, 5).sum() == 10)
        #expect(Matrix([]).shape == MatrixShape(rows: 0, columns: 0))
    }

    @Test func subscriptReadsAndWritesRowMajor() {
        var m = Self.draw(3, 4)
        for i in 0..<3 {
            for j in 0..<4 { #expect(m[i, j] == m.storage[i * 4 + j]) }
        }
        let copy = m
        m[2, 1] = 42
        #expect(m.storage[9] == 42)
        #expect(copy.storage[9] != 42, "copies do not alias")
    }

    @Test func rowsAndColumnsAreSlicesOfTheElements() {
        let m = Self.draw(3, 4)
        for i in 0..<3 {
            #expect(m.row(i).shape == MatrixShape(rows: 1, columns: 4))
            #expect(m.row(i).storage == m.rowArrays[i])
        }
        for j in 0..<4 {
            #expect(m.column(j).shape == MatrixShape(rows: 3, columns: 1))
            #expect(m.column(j).storage == (0..<3).map { m[$0, j] })
            #expect(m.columns([j]) == m.column(j))
        }
        #expect(m.columns(0..<4) == m)
        #expect(m.columns(2..<2).shape == MatrixShape(rows: 3, columns: 0))
        #expect(m.columns([3, 1]).rowArrays == m.rowArrays.map { [$0[3], $0[1]] })
    }

    @Test func transposeAndReshapeRoundTrip() {
        let m = Self.draw(3, 5)
        #expect(m.T.shape == MatrixShape(rows: 5, columns: 3))
        #expect(m.T.T == m)
        #expect(m.T == m.transposed)
        for i in 0..<3 {
            for j in 0..<5 { #expect(m.T[j, i] == m[i, j]) }
        }
        #expect(m.reshaped(5, 3).storage == m.storage)
        #expect(m.reshaped(15, 1).reshaped(3, 5) == m)
    }

    @Test func vstackConcatenatesRows() {
        let a = Self.draw(2, 3, seed: 1), b = Self.draw(4, 3, seed: 2)
        let stacked = Matrix.vstack([a, b])
        #expect(stacked.shape == MatrixShape(rows: 6, columns: 3))
        #expect(stacked.rowArrays == a.rowArrays + b.rowArrays)
        #expect(Matrix.vstack([a]) == a)
    }

    @Test func dotAgreesWithRowTimesColumnSums() {
        let a = Self.draw(4, 6, seed: 3), b = Self.draw(6, 5, seed: 4)
        let product = a.dot(b)
        #expect(product.shape == MatrixShape(rows: 4, columns: 5))
        for i in 0..<4 {
            for j in 0..<5 {
                // Sequential accumulation in inner-index order is the documented order of `dot`.
                let sequential = (0..<6).reduce(0.0) { $0 + a[i, $1] * b[$1, j] }
                #expect(product[i, j] == sequential)
            }
        }
        #expect(a.dot(Matrix.zeros(6, 0)).shape == MatrixShape(rows: 4, columns: 0))
    }

    @Test func isFiniteAndMapSeeEveryElement() {
        var m = Self.draw(3, 3)
        #expect(m.isFinite)
        #expect(m.map { $0 * 2 } == m * 2)
        m[2, 2] = .infinity
        #expect(!m.isFinite)
        m[2, 2] = .nan
        #expect(!m.isFinite)
        #expect(Matrix.zeros(0, 3).isFinite)
    }

    /// The Matrix overloads of `exp`, `log`, `sqrt`, `pow` and `abs` leave the Double ones usable.
    @Test func doubleMathStillResolvesWithFoundationImported() {
        let x = 2.0
        let scalar = Matrix(scalar: x)
        #expect(exp(scalar).storage == [exp(x)])
        #expect(log(scalar).storage == [log(x)])
        #expect(sqrt(scalar).storage == [sqrt(x)])
        #expect(pow(scalar, 3).storage == [pow(x, 3)])
        #expect(abs(-scalar).storage == [abs(-x)])
        #expect(Swift.max(1.0, 2.0) == 2.0 && Swift.min(1.0, 2.0) == 1.0)
    }
}
