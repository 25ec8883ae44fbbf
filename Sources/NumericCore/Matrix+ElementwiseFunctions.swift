#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

// numpy's element-wise functions as free functions on `Matrix`. They are overloads: `exp(2.0)` still
// calls the C library's `exp` for a `Double`.
//
// Exactness: `sqrt` is correctly rounded in IEEE 754, so it matches numpy bit for bit. `exp`, `log` and
// `pow` call the C library (glibc on Linux), which is also what numpy's legacy RandomState uses. numpy's
// own `np.exp`/`np.log`/`np.power` ufuncs run numpy's SIMD kernels (or SVML) on machines with AVX-512:
// measured with numpy 2.4 on 200,000 random inputs, they differ from glibc by exactly 1 unit in the last
// place for about 5% of inputs (`exp`, `pow`) and 0.1% (`log`), never more. Compare results of these
// functions with a relative tolerance, not bit for bit.

extension Matrix {
    /// Applies `transform` to every element and returns the results in the same shape.
    ///
    /// - Complexity: O(`count`), one allocation.
    public func map(_ transform: (Double) -> Double) -> Matrix {
        mapElements(transform)
    }
}

/// `eˣ` for every element, like `np.exp`: the C library's `exp`, four elements at a time where it is
/// glibc's and the processor fuses multiply-adds (see `LibmExp`).
public func exp(_ m: Matrix) -> Matrix {
    #if FUSED_MULTIPLY_ADD && canImport(Glibc)
    return LibmExp.table.withUnsafeBufferPointer { table in
        m.mapElements({ exp($0) }, lanes: { LibmExp.exp($0, table: table.baseAddress!) })
    }
    #else
    return m.mapElements { exp($0) }
    #endif
}

/// The natural logarithm of every element, like `np.log`: `log(0) = -inf`, `log(x < 0) = nan`. The C
/// library's `log`, four elements at a time where it is glibc's and the processor fuses multiply-adds
/// (see `LibmLog`).
public func log(_ m: Matrix) -> Matrix {
    #if FUSED_MULTIPLY_ADD && canImport(Glibc)
    return LibmLog.table.withUnsafeBufferPointer { table in
        m.mapElements({ log($0) }, lanes: { LibmLog.log($0, table: table.baseAddress!) })
    }
    #else
    return m.mapElements { log($0) }
    #endif
}

/// The square root of every element, like `np.sqrt` (correctly rounded; `nan` for negative elements).
public func sqrt(_ m: Matrix) -> Matrix { m.mapElements { $0.squareRoot() } }

/// Every element raised to `p`, like `np.power(m, p)`.
///
/// `p == 2` is computed as `x * x` (correctly rounded, as numpy's `m ** 2`, which numpy turns into
/// `np.square`); other exponents use the C library's `pow`.
public func pow(_ m: Matrix, _ p: Double) -> Matrix {
    if p == 2 { return m.mapElements { $0 * $0 } }
    return m.mapElements { pow($0, p) }
}

/// The larger of each element and `s`, like `np.maximum(m, s)`; a NaN element stays NaN.
public func maximum(_ m: Matrix, _ s: Double) -> Matrix {
    let splat = LaneLoops.Lanes(repeating: s)
    return m.mapElements({ numpyMaximum($0, s) }, lanes: { numpyMaximum($0, splat) })
}

/// The element-wise larger of `a` and `b` with numpy broadcasting, like `np.maximum(a, b)`; NaN wins.
///
/// - Precondition: the shapes broadcast (see ``Matrix/broadcastShape(_:_:)``).
public func maximum(_ a: Matrix, _ b: Matrix) -> Matrix {
    Matrix.broadcasting(a, b, numpyMaximum, lanes: numpyMaximum)
}

/// The absolute value of every element, like `np.abs`.
public func abs(_ m: Matrix) -> Matrix { m.mapElements { $0.magnitude } }

/// The logistic function `1 / (1 + e⁻ˣ)` of every element, as the course notebooks define `sigmoid`, with
/// the `exp` of ``exp(_:)``.
public func sigmoid(_ m: Matrix) -> Matrix {
    #if FUSED_MULTIPLY_ADD && canImport(Glibc)
    return LibmExp.table.withUnsafeBufferPointer { table in
        m.mapElements({ 1 / (1 + exp(-$0)) }, lanes: { 1 / (1 + LibmExp.exp(-$0, table: table.baseAddress!)) })
    }
    #else
    return m.mapElements { 1 / (1 + exp(-$0)) }
    #endif
}

/// `max(0, x)` for every element, as the notebooks' `relu`, `np.maximum(0, x)`; NaN stays NaN.
public func relu(_ m: Matrix) -> Matrix {
    m.mapElements({ numpyMaximum(0, $0) }, lanes: { $0.replacing(with: 0, where: $0 .<= 0) })
}

/// numpy's scalar `maximum`: `a` when `a >= b` or `a` is NaN, else `b` (so a NaN in either wins).
@inline(__always)
func numpyMaximum(_ a: Double, _ b: Double) -> Double {
    a >= b || a.isNaN ? a : b
}

/// ``numpyMaximum(_:_:)`` lane by lane.
@inline(__always)
func numpyMaximum(_ a: LaneLoops.Lanes, _ b: LaneLoops.Lanes) -> LaneLoops.Lanes {
    b.replacing(with: a, where: (a .>= b) .| (a .!= a))
}
