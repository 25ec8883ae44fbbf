#if canImport(Glibc)
import Glibc
#endif
@testable import NumericCore
import Testing

/// `log` of a matrix against the C library's `log`, element by element, bit for bit: the four-lane path
/// (`LibmLog`, where the package compiles it) must give every bit glibc gives on both of glibc's paths
/// (near 1 and far from it), at the edges between them, and on the values glibc treats apart.
@Suite struct LibmLogTests {
    /// A cost's inputs (probabilities, and one minus them, close to 0 and 1), the band near 1, every
    /// binade, both edges of the band and the special values.
    private static let inputs: [Double] = {
        var values = uniformDraws(300_000, in: 0...1, seed: 11)
        values += uniformDraws(200_000, in: 0.9...1.1, seed: 12)
        values += uniformDraws(100_000, in: 1e-9...1e-3, seed: 13) + uniformDraws(100_000, in: (1 - 1e-3)...1, seed: 14)
        values += binadeDraws(200_000, seed: 15)
        for edge in [1 - 0x1p-4, 1 + 0x1.09p-4, 1.0, Double.leastNormalMagnitude, 0x1.6p-1, 0x1.6p0] {
            values += neighbours(of: edge)
        }
        values += [0, -0.0, -1, .infinity, -.infinity, .nan, .leastNonzeroMagnitude, .greatestFiniteMagnitude]
        return values + [0.5, 2, 3]
    }()

    @Test func logGivesTheBitsOfTheCLibrary() {
        let got = log(Matrix(rows: 1, columns: Self.inputs.count, data: Self.inputs)).storage
        var mismatches = 0
        for (x, value) in zip(Self.inputs, got)
        where value.bitPattern != Glibc.log(x).bitPattern && !(x.isNaN && value.isNaN) {
            if mismatches < 5 { Issue.record("log(\(x)): \(value), the C library \(Glibc.log(x))") }
            mismatches += 1
        }
        #expect(mismatches == 0)
    }
}
