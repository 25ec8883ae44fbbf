#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

extension Matrix {
    /// `-log(a) * y + -log(1 - a) * (1 - y)`, the notebooks' cross-entropy terms (`logprobs`) of
    /// predictions `a` and labels `y`, in one pass and one allocation instead of eight: every element
    /// gets the same operations in the same order, its logarithms are ``log(_:)``'s, so it gets the same
    /// bits as the eight steps. The costs compute it every step of some trainings, on a row of a few
    /// hundred examples, where each step's allocation and pass cost more than its arithmetic.
    ///
    /// Four elements whose labels are all 0 or 1 take one logarithm each instead of two: with `x` the
    /// argument of the logarithm that the label multiplies by 0 (`1 − a` for a label 1, `a` for a label
    /// 0), that term is `−log(x)·(±0)`, and for `0 < x < ∞` its bits are those of `(x ≥ 1 ? −1 : 1)·(±0)`:
    /// `−log(x)` is finite, negative or −0 exactly when `x ≥ 1`. Four with any other label or `x` (0, a
    /// negative, ∞, NaN: a NaN, whose bits the logarithm decides) take both logarithms. The two terms
    /// are added in the formula's order.
    ///
    /// - Precondition: the shapes broadcast; shapes that are not equal take the eight steps.
    package static func crossEntropyTerms(predictions a: Matrix, labels y: Matrix) -> Matrix {
        guard a.rows == y.rows && a.columns == y.columns else { return -log(a) * y + -log(1 - a) * (1 - y) }
        let scalar = { (a: Double, y: Double) -> Double in -log(a) * y + -log(1 - a) * (1 - y) }
        #if FUSED_MULTIPLY_ADD && canImport(Glibc)
        return LibmLog.table.withUnsafeBufferPointer { table in
            broadcasting(a, y, scalar) { a, y in
                let one = LaneLoops.Lanes(repeating: 1), u = one - a
                let labelOne = y .== 1
                let x = a.replacing(with: u, where: labelOne)  // the argument the label multiplies by 0
                let clean = ((y .== 0) .| labelOne) .& (x .> 0) .& (x .< .infinity)
                guard all(clean) else {
                    return -LibmLog.log(a, table: table.baseAddress!) * y + -LibmLog.log(u, table: table.baseAddress!) * (one - y)
                }
                let logged = -LibmLog.log(u.replacing(with: a, where: labelOne), table: table.baseAddress!)
                let main = logged * (one - y).replacing(with: y, where: labelOne)
                let other = one.replacing(with: -one, where: x .>= 1) * y.replacing(with: one - y, where: labelOne)
                return (other + main).replacing(with: main + other, where: labelOne)
            }
        }
        #else
        return broadcasting(a, y, scalar) { a, y in
            LaneLoops.Lanes(scalar(a[0], y[0]), scalar(a[1], y[1]), scalar(a[2], y[2]), scalar(a[3], y[3]))
        }
        #endif
    }
}
