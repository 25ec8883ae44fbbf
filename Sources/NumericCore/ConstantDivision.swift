/// `x / divisor` for many `x` and one divisor, eight lanes at a time, bit-identical to IEEE 754 division
/// but without the divider (which takes 16 cycles for every eight quotients here).
///
/// With `y = 1/d` rounded, each lane takes `q0 = x·y`, then two refinements `qᵢ₊₁ = qᵢ + (x − qᵢ·d)·y`,
/// each remainder and each refinement one fused multiply-add. That is IEEE division, as proven for
/// `x` and `d` scaled into [1, 2) in Russinoff's formally verified ACL2 library (RTL, "FMA-Based
/// Division"): `y` has `|1 − d·y| < 2⁻⁵³`; by `init-approx`, `q0` is within a relative 2⁻⁵² of `x/d`;
/// by `quotient-refinement-2` (whose condition, about 2⁻¹⁰⁴ < 2⁻⁵⁴, holds), `q1` is within one ulp of
/// `x/d`; then by `r-exactp` the second remainder is exact and by `markstein-lemma` `q2` is `x/d`
/// rounded to nearest. Scaling by powers of two changes nothing while no step overflows or
/// underflows: the divisor is kept within [2⁻⁴⁰⁰, 2⁴⁰⁰] and the eight dividends within [2⁻⁵⁰⁰, 2⁵⁰⁰]
/// in magnitude (so every quotient lies within [2⁻⁹⁰⁰, 2⁹⁰⁰] and every remainder is a normal number or
/// zero); eight with any other dividend (subnormal, huge, ±∞, NaN) take the divider. A zero dividend
/// keeps `x·y`, the zero of the right sign (the refinements would give +0 for −0).
///
/// Compiled only where the processor fuses multiply-adds in hardware (the package defines
/// `FUSED_MULTIPLY_ADD`); `ConstantDivisionTests` compares it with `/` over every kind of input.
#if FUSED_MULTIPLY_ADD
struct ConstantDivision {
    /// Eight lanes: one AVX-512 register, or two or four narrower ones.
    private typealias Lanes = SIMD8<Double>
    private typealias Bits = SIMD8<UInt64>

    private let divisor: Lanes
    private let reciprocal: Lanes

    /// The fast division by `divisor`, or nil for a divisor that is zero, not finite, or outside
    /// [2⁻⁴⁰⁰, 2⁴⁰⁰] in magnitude (there the divider is used).
    init?(_ divisor: Double) {
        guard divisor.isFinite, divisor.magnitude >= 0x1p-400, divisor.magnitude <= 0x1p400 else { return nil }
        self.divisor = Lanes(repeating: divisor)
        self.reciprocal = Lanes(repeating: 1 / divisor)
    }

    /// Every element of `m` divided by the divisor.
    func quotients(of m: Matrix) -> Matrix {
        let data = [Double](count: m.count) { result in
            m.withElements { source in
                guard let base = source.baseAddress, let out = result.baseAddress else { return }
                divide(source.count, base, into: out)
            }
        }
        return Matrix(rows: m.rows, columns: m.columns, data: data)
    }

    /// Divides every element of `m` by the divisor, in place.
    func divide(_ m: inout Matrix) {
        m.storage.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            divide(buffer.count, base, into: base)
        }
    }

    /// `result[i] = source[i] / divisor` for `i` in `0..<count`, with the bits of `/`; `result` may be
    /// `source`.
    private func divide(_ count: Int, _ source: UnsafePointer<Double>, into result: UnsafeMutablePointer<Double>) {
        let scalar = divisor[0]
        var index = 0
        while index + Lanes.scalarCount <= count {
            let x = UnsafeRawPointer(source + index).loadUnaligned(as: Lanes.self)
            UnsafeMutableRawPointer(result + index).storeBytes(of: quotient(x), as: Lanes.self)
            index += Lanes.scalarCount
        }
        while index < count {
            result[index] = source[index] / scalar
            index += 1
        }
    }

    /// `x / divisor`, lane by lane.
    @inline(__always)
    private func quotient(_ x: Lanes) -> Lanes {
        let first = x * reciprocal
        let second = first.addingProduct(x.addingProduct(-first, divisor), reciprocal)
        let quotient = second.addingProduct(x.addingProduct(-second, divisor), reciprocal)
        // Compared as doubles (NaN is in no range): `SIMD8` integer comparisons compile lane by lane.
        let size = unsafeBitCast(unsafeBitCast(x, to: Bits.self) & 0x7fff_ffff_ffff_ffff, to: Lanes.self)
        let inRange = (size .>= 0x1p-500) .& (size .< 0x1p500)
        let zero = x .== 0
        guard all(inRange .| zero) else { return x / divisor }
        return quotient.replacing(with: first, where: zero)
    }
}
#endif
