@testable import NumericCore
import Testing
import Foundation

/// The fast loops behind products, transposes, sums and the fused steps of a training, checked bit for
/// bit against one-element-at-a-time definitions over every shape class their tiles and blocks branch
/// on: empty, one, the remainders of 2, 4 and 8, and lengths past numpy's 128-element summation block.
@Suite struct MatrixKernelTests {
    private static let sides = [0, 1, 2, 3, 4, 5, 7, 8, 9, 11, 13, 17]
    private static let inners = [0, 1, 2, 3, 5, 8, 9, 31, 130, 300]
    /// Result widths of two blocks of eight and a tail of four, five or eight (summed whole when one or
    /// two rows are left), and past four blocks: the wide tiles' every path.
    private static let wideColumns = [20, 21, 24, 32, 45]

    private static func draw(_ rows: Int, _ columns: Int, seed: UInt32) -> Matrix {
        var random = RandomState(seed: seed)
        return random.randn(rows, columns)
    }

    /// `a · b` one element at a time: `((0 + a_i0·b_0j) + a_i1·b_1j) + …`.
    private static func sequentialProduct(_ a: Matrix, _ b: Matrix) -> Matrix {
        var result = Matrix.zeros(a.rows, b.columns)
        for i in 0..<a.rows {
            for j in 0..<b.columns {
                var sum = 0.0
                for k in 0..<a.columns { sum += a[i, k] * b[k, j] }
                result[i, j] = sum
            }
        }
        return result
    }

    private static func naiveTranspose(_ m: Matrix) -> Matrix {
        var result = Matrix.zeros(m.columns, m.rows)
        for i in 0..<m.rows {
            for j in 0..<m.columns { result[j, i] = m[i, j] }
        }
        return result
    }

    @Test func productsAddInOrderOfTheInnerIndex() {
        var seed: UInt32 = 1
        for n in Self.sides {
            for inner in Self.inners {
                for m in Self.sides + Self.wideColumns {
                    seed += 1
                    let a = Self.draw(n, inner, seed: seed), b = Self.draw(inner, m, seed: seed + 10_000)
                    let expected = Self.sequentialProduct(a, b)
                    #expect(a.dot(b).storage == expected.storage, "(\(n), \(inner)) · (\(inner), \(m))")
                    #expect(a.dotTransposed(b.T).storage == expected.storage, "(\(n), \(inner)) · (\(m), \(inner))ᵀ")
                }
            }
        }
    }

    @Test func fusedBiasGivesTheBitsOfTheTwoSteps() {
        var seed: UInt32 = 50_000
        for n in Self.sides where n > 0 {
            for inner in [1, 2, 5, 9, 130] {
                for m in Self.sides {
                    seed += 1
                    let a = Self.draw(n, inner, seed: seed), b = Self.draw(inner, m, seed: seed + 1)
                    let bias = Self.draw(n, 1, seed: seed + 2)
                    #expect(a.dot(b, plus: bias).storage == (a.dot(b) + bias).storage)
                }
            }
        }
        // A bias that only broadcasts takes the two steps.
        let a = Self.draw(3, 4, seed: 1), b = Self.draw(4, 5, seed: 2), row = Self.draw(1, 5, seed: 3)
        #expect(a.dot(b, plus: row) == a.dot(b) + row)
    }

    /// Row sums, four rows at a time, have the bits of each row summed alone, for every split of numpy's
    /// pairwise summation and with the last rows left over.
    @Test func rowSumsAreTheOneRowSumsBitForBit() {
        var seed: UInt32 = 80_000
        for rows in [1, 3, 4, 5, 8, 9, 20] {
            for columns in [0, 1, 7, 8, 9, 16, 127, 128, 129, 211, 300, 1000] {
                seed += 1
                var m = Self.draw(rows, columns, seed: seed)
                if rows > 2 && columns > 3 { m[2, 3] = .nan }
                if rows > 1 && columns > 5 { m[1, 5] = -.infinity }
                let elements = m.storage
                let expected = (0..<rows).map { i in
                    elements.withUnsafeBufferPointer { 0 + pairwiseSum($0.baseAddress! + i * columns, count: columns, stride: 1) }
                }
                #expect(m.sum(axis: 1).storage.map(\.bitPattern) == expected.map(\.bitPattern), "(\(rows), \(columns))")
            }
        }
    }

    @Test func transposeMovesEveryElement() {
        var seed: UInt32 = 90_000
        for rows in Self.sides + [20, 211] {
            for columns in Self.sides + [20, 211] {
                seed += 1
                let m = Self.draw(rows, columns, seed: seed)
                #expect(m.T == Self.naiveTranspose(m), "(\(rows), \(columns))")
                #expect(m.T.shape == MatrixShape(rows: columns, columns: rows))
            }
        }
    }

    @Test func contiguousSumsAreTheStridedSumsBitForBit() {
        for count in [1, 7, 8, 9, 15, 16, 17, 127, 128, 129, 211, 300, 1000] {
            let values = Self.draw(1, count, seed: UInt32(count + 1)).storage.map { $0 * 1e3 }
            let spread = values.flatMap { [$0, .nan] }
            let contiguous = values.withUnsafeBufferPointer { pairwiseSum($0.baseAddress!, count: count, stride: 1) }
            let strided = spread.withUnsafeBufferPointer { pairwiseSum($0.baseAddress!, count: count, stride: 2) }
            #expect(contiguous.bitPattern == strided.bitPattern, "\(count) elements")
        }
    }

    @Test func crossEntropyTermsAreTheEightStepsBitForBit() {
        let edges: [Double] = [0, 1, -0.0, 1e-300, 5e-324, 1 - 0x1p-53, 0x1p-53, 0.5, 0.934, 1.0625, -0.5, 2, .nan, .infinity, -.infinity]
        for count in [0, 1, 3, 4, 5, 8, 13, 64, 211, 300] {
            let a = Self.draw(1, count, seed: UInt32(70_000 + count)).storage.enumerated().map { index, x in
                index < 3 * edges.count && count > 20 ? edges[index % edges.count] : 1 / (1 + exp(-4 * x))
            }
            // Labels in runs of four equal ones (the one-logarithm lanes), alternating ones, −0 and a
            // label that is neither 0 nor 1, each run meeting every edge above.
            let y = (0..<count).map { index -> Double in
                switch index / 4 % 6 {
                case 0: 1
                case 1: 0
                case 2: Double(index % 2)
                case 3: index % 4 == 1 ? -0.0 : 0
                case 4: index % 4 == 2 ? 0.25 : 1
                default: 1
                }
            }
            let predictions = Matrix(rows: 1, columns: count, data: a), labels = Matrix(rows: 1, columns: count, data: y)
            let expected = -log(predictions) * labels + -log(1 - predictions) * (1 - labels)
            let fused = Matrix.crossEntropyTerms(predictions: predictions, labels: labels)
            let mismatch = firstMismatch(fused.storage.map(\.bitPattern), expected.storage.map(\.bitPattern))
            #expect(mismatch == nil, "\(count) examples: first differing element \(mismatch ?? -1)")
        }
        // Four clean lanes whose zero-weighted argument is exactly 1 (1 − 1e-300 rounds to 1; a = 1 with
        // label 0): that term is −0.
        for (a, y) in [([1e-300, 0.3, 0.7, 5e-324], [1.0, 1, 1, 1]), ([1, 0.3, 0.5, 1], [0, 0, -0.0, 0])] {
            let predictions = Matrix(rows: 1, columns: 4, data: a), labels = Matrix(rows: 1, columns: 4, data: y)
            let expected = -log(predictions) * labels + -log(1 - predictions) * (1 - labels)
            let fused = Matrix.crossEntropyTerms(predictions: predictions, labels: labels)
            #expect(fused.storage.map(\.bitPattern) == expected.storage.map(\.bitPattern), "\(a), labels \(y)")
        }
        let column = Self.draw(3, 1, seed: 11).map { 1 / (1 + exp(-$0)) }, row = Self.draw(1, 4, seed: 12).map { $0 > 0 ? 1 : 0 }
        let expected = -log(column) * row + -log(1 - column) * (1 - row)
        #expect(Matrix.crossEntropyTerms(predictions: column, labels: row) == expected, "shapes that only broadcast take the steps")
    }

    @Test func subtractingAScaledStepInPlaceIsTheTwoSteps() {
        for (rows, columns) in [(1, 1), (3, 5), (20, 2), (0, 4)] {
            var w = Self.draw(rows, columns, seed: 7)
            let step = Self.draw(rows, columns, seed: 8)
            let expected = w - 0.3 * step
            w.subtract(0.3, times: step)
            #expect(w.storage == expected.storage)
        }
        var column = Self.draw(3, 1, seed: 9)
        let wide = Self.draw(3, 4, seed: 10)
        let expected = column - 0.5 * wide
        column.subtract(0.5, times: wide)
        #expect(column == expected, "shapes that only broadcast take the two steps")
    }
}
