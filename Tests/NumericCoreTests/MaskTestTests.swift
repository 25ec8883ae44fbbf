@testable import NumericCore
import Testing

/// Comparisons with one number kept unapplied (`MaskTest`): every way of reading one gives the bits of
/// the mask written out element by element, and a product with one gives the bits of the two steps.
@Suite struct MaskTestTests {
    /// Elements at every edge a comparison or a product branches on: zeros of both signs, the threshold
    /// and its neighbours, subnormals, infinities and NaN, then ordinary values past a lane block.
    private static let edges: [Double] = [
        0, -0.0, 0.5, 0.5.nextUp, 0.5.nextDown, 1, -1, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
        .infinity, -.infinity, .nan, 0.8, 0.79, 3, -2.5, 1e300, -1e-300, 7, 0.25, -0.0, 0.5,
    ]
    private static let thresholds: [Double] = [0, 0.5, -0.0, .infinity, .nan]
    private static let tests: [(String, @Sendable (Matrix, Double) -> Matrix, @Sendable (Double, Double) -> Bool)] = [
        (".<", { $0 .< $1 }, { $0 < $1 }), (".>", { $0 .> $1 }, { $0 > $1 }), (".<=", { $0 .<= $1 }, { $0 <= $1 }),
        (".>=", { $0 .>= $1 }, { $0 >= $1 }), (".==", { $0 .== $1 }, { $0 == $1 }),
    ]

    /// The edge values as a 2 × 11 matrix, and a 20 × 211 draw (the notebooks' hidden layer).
    private static var inputs: [Matrix] {
        var random = RandomState(seed: 7)
        return [Matrix(rows: 2, columns: 11, data: edges), random.randn(20, 211), Matrix.zeros(0, 3)]
    }

    private static func bits(_ elements: [Double]) -> [UInt64] { elements.map(\.bitPattern) }

    /// The mask one element at a time: 1 where `passes`, else +0.
    private static func written(_ m: Matrix, _ passes: (Double) -> Bool) -> [Double] {
        m.storage.map { passes($0) ? 1 : 0 }
    }

    @Test func everyReadingGivesTheWrittenMask() {
        for m in Self.inputs {
            for threshold in Self.thresholds {
                for (name, compare, passes) in Self.tests {
                    let mask = compare(m, threshold)
                    let expected = Self.written(m, { passes($0, threshold) })
                    let label = "\(m.shape) \(name) \(threshold)"
                    #expect(Self.bits(mask.storage) == Self.bits(expected), "storage: \(label)")
                    #expect(mask.count == expected.count && mask.shape == m.shape, "shape: \(label)")
                    let elements = (0..<m.rows).flatMap { i in (0..<m.columns).map { j in mask[i, j] } }
                    #expect(Self.bits(elements) == Self.bits(expected), "subscript: \(label)")
                    let applied = Matrix(rows: m.rows, columns: m.columns, data: expected)
                    #expect(mask == applied && applied == mask, "==: \(label)")
                    #expect(mask.numpyString() == applied.numpyString(), "printing: \(label)")
                    #expect(mask.rowArrays == applied.rowArrays, "rows: \(label)")
                    #expect(mask.sum() == applied.sum() && mask.T == applied.T, "sum, transpose: \(label)")
                }
            }
        }
    }

    @Test func productsWithAMaskAreTheTwoStepsBitForBit() {
        var random = RandomState(seed: 11)
        let edgeValues = Matrix(rows: 2, columns: 11, data: Self.edges.reversed())
        for (values, compared) in [(edgeValues, Self.inputs[0]), (random.randn(20, 211), Self.inputs[1])] {
            for threshold in Self.thresholds {
                for (name, compare, _) in Self.tests {
                    let mask = compare(compared, threshold)
                    let applied = Matrix(rows: mask.rows, columns: mask.columns, data: mask.storage)
                    let expected = Self.bits(Matrix.broadcasting(values, applied, { $0 * $1 }, lanes: { $0 * $1 }).storage)
                    #expect(Self.bits((values * mask).storage) == expected, "values * (a \(name) \(threshold))")
                    #expect(Self.bits((mask * values).storage) == expected, "(a \(name) \(threshold)) * values")
                }
            }
        }
        // Shapes that only broadcast, and two masks, take the applied masks.
        let column = random.randn(20, 1), row = random.randn(1, 211), hidden = random.randn(20, 211)
        #expect((column * (hidden .> 0)) == column * Matrix(rows: 20, columns: 211, data: (hidden .> 0).storage))
        #expect(((row .< 0.5) * hidden) == Matrix(rows: 1, columns: 211, data: (row .< 0.5).storage) * hidden)
        #expect(((hidden .> 0) * (hidden .< 0.5)).storage == zip((hidden .> 0).storage, (hidden .< 0.5).storage).map { $0 * $1 })
    }

    @Test func aMaskIsAValue() {
        var random = RandomState(seed: 3)
        var source = random.randn(4, 5)
        let mask = source .> 0
        let before = mask.storage
        source[0, 0] = source[0, 0] > 0 ? -1 : 1
        #expect(mask.storage == before, "a mask changed with the matrix it compared")
        var written = mask
        written[1, 1] = 7
        #expect(written[1, 1] == 7 && written.storage.filter { $0 != 0 && $0 != 1 } == [7], "a written mask kept its test")
        #expect(mask.storage == before, "writing a copy changed the mask")
        #expect(((mask .> 0.5) == mask) && (mask .> 0.5).storage == before, "a mask of a mask")
        var updated = mask
        updated += Matrix.ones(4, 5)
        #expect(updated.storage == before.map { $0 + 1 })
    }
}
