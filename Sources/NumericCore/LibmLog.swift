#if FUSED_MULTIPLY_ADD && canImport(Glibc)
import Glibc

/// glibc's `log` on four lanes at once, bit for bit: the algorithm of Arm's optimized-routines that
/// glibc (2.28 and later) runs, as glibc's build for processors with fused multiply-add evaluates it
/// (`__log_fma`: every fused multiply-add below is one of its `vfmadd`/`vfnmadd` instructions, every
/// other operation one of its `vaddsd`, `vsubsd`, `vmulsd`, in its order).
///
/// Two paths, both computed for every lane and chosen per lane as glibc chooses:
/// - `x` within about 0.065 of 1: `r = x − 1` and a polynomial of degree 11 in `r`, with `r`'s square
///   term split in a high and a low part (`r` rounded to 26 bits by adding and subtracting `r·2²⁷`).
/// - any other positive normal `x = 2^k · z`: `log(x) = k·ln2 + log(c) + log(z/c)`, `c` from ``table``,
///   `r = z·(1/c) − 1` in one fused step and a polynomial of degree 6 in `r`.
/// Four lanes with any other `x` (zero, negative, subnormal, ±∞, NaN) are handed to the C library's
/// `log` one at a time, so they get its special cases. Compiled where ``LibmExp`` is; `LibmLogTests`
/// checks it against the C library's `log` over every range.
enum LibmLog {
    /// The lanes, as ``LaneLoops`` works on them.
    typealias Lanes = LaneLoops.Lanes
    /// The lanes' bits.
    private typealias Bits = SIMD4<UInt64>

    /// `log` of every lane, with `table` the start of ``table``.
    @inline(__always)
    static func log(_ x: Lanes, table: UnsafePointer<UInt64>) -> Lanes {
        let bits = unsafeBitCast(x, to: Bits.self)
        // glibc's tests on the bits (`x − 0x3fee…` below `0x0003_09…`, and the top 16 bits less 0x10
        // below 0x7fe0): within [1 − 2⁻⁴, 1 + 0x1.09p-4), or else a positive normal number, compared as
        // doubles (NaN is neither): `SIMD` integer comparisons compile partly lane by lane.
        let nearOne = (x .>= 0x1.ep-1) .& (x .< 0x1.109p0)
        let normal = (x .>= 0x1p-1022) .& (x .< .infinity)
        guard all(nearOne .| normal) else { return laneByLane(x) }
        let far = farFromOne(x, bits, table: table)
        guard any(nearOne) else { return far }
        return far.replacing(with: nearOneValue(x), where: nearOne)
    }

    /// glibc's path for `x` far from 1.
    @inline(__always)
    private static func farFromOne(_ x: Lanes, _ bits: Bits, table: UnsafePointer<UInt64>) -> Lanes {
        let ln2High = Lanes(repeating: 0x1.62e42fefa3800p-1), ln2Low = Lanes(repeating: 0x1.ef35793c76730p-45)
        let a0 = Lanes(repeating: -0x1.0000000000001p-1), a1 = Lanes(repeating: 0x1.555555551305bp-2)
        let a2 = Lanes(repeating: -0x1.fffffffeb4590p-3), a3 = Lanes(repeating: 0x1.999b324f10111p-3)
        let a4 = Lanes(repeating: -0x1.55575e506c89fp-3)
        let offset = bits &- 0x3fe6_0000_0000_0000
        let index = ((offset &>> 45) & 0x7f) &<< 1
        let exponent = SIMD4<Int64>(truncatingIfNeeded: offset) &>> 52
        let z = unsafeBitCast(bits &- (offset & 0xfff0_0000_0000_0000), to: Lanes.self)
        var inverseC = Lanes(), logC = Lanes()
        for lane in 0..<Lanes.scalarCount {
            inverseC[lane] = Double(bitPattern: table[Int(index[lane])])
            logC[lane] = Double(bitPattern: table[Int(index[lane]) + 1])
        }
        let kd = Lanes(exponent)
        let w = logC.addingProduct(kd, ln2High)
        let r = Lanes(repeating: -1).addingProduct(z, inverseC)
        let p1 = a1.addingProduct(r, a2)
        let hi = r + w
        let r2 = r * r
        let lo = ((w - hi) + r).addingProduct(kd, ln2Low)
        let r3 = r * r2
        let p2 = a3.addingProduct(r, a4)
        let lo2 = lo.addingProduct(r2, a0)
        let p = p1.addingProduct(p2, r2)
        return lo2.addingProduct(r3, p) + hi
    }

    /// glibc's path for `x` near 1.
    @inline(__always)
    private static func nearOneValue(_ x: Lanes) -> Lanes {
        let b0 = Lanes(repeating: -0x1p-1), b1 = Lanes(repeating: 0x1.5555555555577p-2)
        let b2 = Lanes(repeating: -0x1.ffffffffffdcbp-3), b3 = Lanes(repeating: 0x1.999999995dd0cp-3)
        let b4 = Lanes(repeating: -0x1.55555556745a7p-3), b5 = Lanes(repeating: 0x1.24924a344de30p-3)
        let b6 = Lanes(repeating: -0x1.fffffa4423d65p-4), b7 = Lanes(repeating: 0x1.c7184282ad6cap-4)
        let b8 = Lanes(repeating: -0x1.999eb43b068ffp-4), b9 = Lanes(repeating: 0x1.78182f7afd085p-4)
        let b10 = Lanes(repeating: -0x1.5521375d145cdp-4), split = Lanes(repeating: 0x1p27)
        let r = x - 1
        let r2 = r * r
        let q1 = b1.addingProduct(r, b2).addingProduct(r2, b3)
        let q2 = b4.addingProduct(r, b5).addingProduct(r2, b6)
        let r3 = r * r2
        let q3 = b7.addingProduct(r, b8).addingProduct(r2, b9).addingProduct(r3, b10)
        let p = q1.addingProduct(q2.addingProduct(q3, r3), r3)
        let rHigh = r.addingProduct(r, split).addingProduct(-split, r)
        let rLow = r - rHigh
        let rHigh2 = rHigh * rHigh
        let hi = r.addingProduct(rHigh2, b0)
        let lo = (r - hi).addingProduct(rHigh2, b0)
        let lo2 = lo.addingProduct(b0 * rLow, r + rHigh)
        return hi + lo2.addingProduct(p, r3)
    }

    /// The C library's `log` of each lane: glibc's special cases.
    @inline(never)
    private static func laneByLane(_ x: Lanes) -> Lanes {
        Lanes(Glibc.log(x[0]), Glibc.log(x[1]), Glibc.log(x[2]), Glibc.log(x[3]))
    }
}
#endif
