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
    /// - Precondition: the shapes broadcast; shapes that are not equal take the eight steps.
    package static func crossEntropyTerms(predictions a: Matrix, labels y: Matrix) -> Matrix {
        guard a.rows == y.rows && a.columns == y.columns else { return -log(a) * y + -log(1 - a) * (1 - y) }
        let scalar = { (a: Double, y: Double) -> Double in -log(a) * y + -log(1 - a) * (1 - y) }
        #if FUSED_MULTIPLY_ADD && canImport(Glibc)
        return LibmLog.table.withUnsafeBufferPointer { table in
            broadcasting(a, y, scalar) { a, y in
                let one = LaneLoops.Lanes(repeating: 1)
                return -LibmLog.log(a, table: table.baseAddress!) * y + -LibmLog.log(one - a, table: table.baseAddress!) * (one - y)
            }
        }
        #else
        return broadcasting(a, y, scalar) { a, y in
            LaneLoops.Lanes(scalar(a[0], y[0]), scalar(a[1], y[1]), scalar(a[2], y[2]), scalar(a[3], y[3]))
        }
        #endif
    }
}
