#if canImport(Glibc)
import Glibc
#endif
@testable import NumericCore
import Testing

/// `exp` and `sigmoid` of a matrix against the C library's `exp`, element by element, bit for bit: the
/// four-lane path (`LibmExp`, where the package compiles it) must give every bit glibc gives, in its
/// fast path, at both ends of it and past them, and on the values glibc treats apart (a NaN's sign
/// excepted in `sigmoid`, whose lanes negate it).
@Suite struct LibmExpTests {
    /// Every kind of input: the trainings' range, the whole finite range of `exp`, the ends of glibc's
    /// fast path (2⁻⁵⁴ and 512) and the special values.
    private static let inputs: [Double] = {
        var values = uniformDraws(400_000, in: -40...40, seed: 1)
        values += uniformDraws(200_000, in: -760...760, seed: 2)
        values += uniformDraws(100_000, in: -1e-3...1e-3, seed: 3)
        values += uniformDraws(50_000, in: -1e-15...1e-15, seed: 4)
        values += uniformDraws(50_000, in: 500...520, seed: 5) + uniformDraws(50_000, in: -520 ... -500, seed: 6)
        values += uniformDraws(50_000, in: 700...712, seed: 7) + uniformDraws(50_000, in: -746 ... -700, seed: 8)
        for edge in [0x1p-54, 512.0, 0x1.62e42fefa39efp9, -0x1.74910d52d3051p9] {
            values += neighbours(of: edge) + neighbours(of: -edge)
        }
        values += [0, -0.0, .infinity, -.infinity, .nan, -.nan, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
                   .leastNormalMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 1, -1]
        // A length that is not a multiple of four, so the scalar tail runs too.
        return values + [0.5, -0.25, 3]
    }()

    @Test func expGivesTheBitsOfTheCLibrary() {
        let m = Matrix(rows: 1, columns: Self.inputs.count, data: Self.inputs)
        let got = exp(m).storage
        var mismatches = 0
        for (x, value) in zip(Self.inputs, got) where value.bitPattern != Glibc.exp(x).bitPattern {
            if mismatches < 5 { Issue.record("exp(\(x)): \(value), the C library \(Glibc.exp(x))") }
            mismatches += 1
        }
        #expect(mismatches == 0)
    }

    @Test func sigmoidGivesTheBitsOfItsFormula() {
        let m = Matrix(rows: 1, columns: Self.inputs.count, data: Self.inputs)
        let got = sigmoid(m).storage
        var mismatches = 0
        // A NaN stays a NaN; which of the operands' NaNs an instruction passes on is not a value.
        for (x, value) in zip(Self.inputs, got)
        where value.bitPattern != (1 / (1 + Glibc.exp(-x))).bitPattern && !(x.isNaN && value.isNaN) {
            if mismatches < 5 { Issue.record("sigmoid(\(x)): \(value)") }
            mismatches += 1
        }
        #expect(mismatches == 0)
    }
}
