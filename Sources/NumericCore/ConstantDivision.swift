/// `x / divisor` for many `x` and one divisor, eight lanes at a time, bit-identical to IEEE 754 division
/// but mostly without the divider (which takes 16 cycles for every eight quotients here).
///
/// Each lane takes `q = x · (1/d)`, corrected once by a fused multiply-add (`q + (x − q·d)·(1/d)`), and
/// then proves `q` correctly rounded: with `r = fma(−q, d, x)`, the lane is kept when `q` is a normal
/// number that is not a power of two, far from overflow and underflow, and `|r| < ½ulp(q)·|d|`. That
/// bound is a number (a power of two times `d`), and rounding is monotonic, so a rounded `r` below it
/// means the exact `x − q·d` is below it too: `x/d` lies within half an ulp of `q`, on both sides of
/// which the neighbours are a whole ulp away, so `q` is the quotient rounded to nearest. A lane whose
/// `x` is ±0 keeps `x · (1/d)`, the zero of the right sign. Any other lane (no proof, NaN, ±∞, a
/// result near the ends of the range) makes the eight take the divider.
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
    private let magnitude: Lanes

    /// The fast division by `divisor`, or nil for a divisor that is zero, not finite, or outside
    /// [2⁻⁴⁰⁰, 2⁴⁰⁰] in magnitude (there the divider is used).
    init?(_ divisor: Double) {
        guard divisor.isFinite, divisor.magnitude >= 0x1p-400, divisor.magnitude <= 0x1p400 else { return nil }
        self.divisor = Lanes(repeating: divisor)
        self.reciprocal = Lanes(repeating: 1 / divisor)
        self.magnitude = Lanes(repeating: divisor.magnitude)
    }

    /// Every element of `m` divided by the divisor.
    func quotients(of m: Matrix) -> Matrix {
        let data = [Double](unsafeUninitializedCapacity: m.count) { result, initialized in
            m.storage.withUnsafeBufferPointer { source in
                guard let base = source.baseAddress, let out = result.baseAddress else { return }
                divide(source.count, base, into: out)
            }
            initialized = m.count
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
        let quotient = first.addingProduct(x.addingProduct(-first, divisor), reciprocal)
        let remainder = x.addingProduct(-quotient, divisor)
        let bits = unsafeBitCast(quotient, to: Bits.self)
        // 2^e ≤ |q| < 2^(e+1): the power of two, |q| itself, and ½ulp(q)·|d| = 2^(e−53)·|d|, exact
        // for 2⁻⁴⁰⁰ ≤ 2^e < 2⁴⁰⁰ (a normal number, far from overflow).
        let power = unsafeBitCast(bits & 0x7ff0_0000_0000_0000, to: Lanes.self)
        let size = unsafeBitCast(bits & 0x7fff_ffff_ffff_ffff, to: Lanes.self)
        let bound = power * 0x1p-53 * magnitude
        let residue = unsafeBitCast(unsafeBitCast(remainder, to: Bits.self) & 0x7fff_ffff_ffff_ffff, to: Lanes.self)
        let proven = (power .>= 0x1p-400) .& (power .< 0x1p400) .& (size .!= power) .& (residue .< bound)
        let zero = x .== 0
        guard all(proven .| zero) else { return x / divisor }
        return quotient.replacing(with: first, where: zero)
    }
}
#endif
