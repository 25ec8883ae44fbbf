#if FUSED_MULTIPLY_ADD && canImport(Glibc)
import Glibc

/// glibc's `exp` on four lanes at once, bit for bit: the algorithm of Arm's optimized-routines that
/// glibc (2.28 and later) runs, as glibc's build for processors with fused multiply-add evaluates it
/// (`__exp_fma`, which glibc picks on any x86-64 with FMA and AVX2: every fused multiply-add below is
/// one of its `vfmadd` instructions, every other operation one of its `vaddsd`, `vsubsd`, `vmulsd`).
///
/// `exp(x) = 2^(k/128) · exp(r)`, `x = k·ln2/128 + r`: `k` rounded from `x·128/ln2` by adding and
/// subtracting 1.5·2⁵², `r` from two fused steps with `ln2/128` in two parts, `2^(k/128)` from
/// ``table`` as `scale · (1 + tail)`, `exp(r) − 1` by a polynomial, and the result `scale + scale·tmp`
/// in one last fused step. Lanes outside glibc's fast path (`|x| < 2⁻⁵⁴`, `|x| ≥ 512`, NaN, ±∞) are
/// handed to the C library's `exp` one at a time, so they get its special cases.
///
/// Compiled only where the target processor fuses a multiply and an add in hardware (the package
/// defines `FUSED_MULTIPLY_ADD`) and the C library is glibc; elsewhere ``Matrix``'s `exp` calls the C
/// library for every element. `LibmExpTests` checks it against the C library's `exp` over every range.
enum LibmExp {
    /// The lanes, as ``LaneLoops`` works on them.
    typealias Lanes = LaneLoops.Lanes
    /// The lanes' bits.
    private typealias Bits = SIMD4<UInt64>

    /// `exp` of every lane, with `table` the start of ``table``.
    @inline(__always)
    static func exp(_ x: Lanes, table: UnsafePointer<UInt64>) -> Lanes {
        let bits = unsafeBitCast(x, to: Bits.self)
        // glibc's fast path: the biased exponent of |x| in 0x3c9 ... 0x407, 2⁻⁵⁴ ≤ |x| < 512 (NaN is
        // not), compared as doubles: `SIMD` integer comparisons compile partly lane by lane.
        let size = unsafeBitCast(bits & 0x7fff_ffff_ffff_ffff, to: Lanes.self)
        guard all((size .>= 0x1p-54) .& (size .< 512)) else { return laneByLane(x) }
        // glibc's constants (`__exp_data`): 128/ln2, −ln2/128 in two parts, the polynomial, 1.5·2⁵².
        let inverseLn2N = Lanes(repeating: 0x1.71547652b82fep+7)
        let negativeLn2HighN = Lanes(repeating: -0x1.62e42fefa0000p-8)
        let negativeLn2LowN = Lanes(repeating: -0x1.cf79abc9e3b3ap-47)
        let c2 = Lanes(repeating: 0x1.ffffffffffdbdp-2), c3 = Lanes(repeating: 0x1.555555555543cp-3)
        let c4 = Lanes(repeating: 0x1.55555cf172b91p-5), c5 = Lanes(repeating: 0x1.1111167a4d017p-7)
        let shift = Lanes(repeating: 0x1.8p52)
        let shifted = shift.addingProduct(x, inverseLn2N)
        let k = unsafeBitCast(shifted, to: Bits.self)
        let kd = shifted - shift
        let r = x.addingProduct(kd, negativeLn2HighN).addingProduct(kd, negativeLn2LowN)
        let index = (k & 0x7f) &<< 1
        var tail = Lanes(), scaleBits = Bits()
        for lane in 0..<Lanes.scalarCount {
            tail[lane] = Double(bitPattern: table[Int(index[lane])])
            scaleBits[lane] = table[Int(index[lane]) + 1]
        }
        scaleBits &+= k &<< 45
        let r2 = r * r
        let low = c2.addingProduct(r, c3)
        let high = c4.addingProduct(r, c5)
        let tmp = (r + tail).addingProduct(low, r2).addingProduct(r2 * r2, high)
        let scale = unsafeBitCast(scaleBits, to: Lanes.self)
        return scale.addingProduct(scale, tmp)
    }

    /// The C library's `exp` of each lane: glibc's special cases.
    @inline(never)
    private static func laneByLane(_ x: Lanes) -> Lanes {
        Lanes(Glibc.exp(x[0]), Glibc.exp(x[1]), Glibc.exp(x[2]), Glibc.exp(x[3]))
    }
}
#endif
