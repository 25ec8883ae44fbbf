extension Matrix {
    /// Element-wise sum with numpy broadcasting.
    ///
    /// - Precondition: the shapes broadcast (see ``broadcastShape(_:_:)``).
    public static func + (lhs: Matrix, rhs: Matrix) -> Matrix { broadcasting(lhs, rhs, { $0 + $1 }, lanes: { $0 + $1 }) }
    /// Element-wise difference with numpy broadcasting.
    ///
    /// - Precondition: the shapes broadcast (see ``broadcastShape(_:_:)``).
    public static func - (lhs: Matrix, rhs: Matrix) -> Matrix { broadcasting(lhs, rhs, { $0 - $1 }, lanes: { $0 - $1 }) }
    /// Element-wise (Hadamard) product with numpy broadcasting, like numpy's `*`; not the matrix product.
    ///
    /// A mask not yet applied (``MaskTest``) of the other operand's shape is applied as it is multiplied
    /// in, in the same pass. The mask's elements are 1 or 0, never NaN, and IEEE multiplication commutes,
    /// so `mask * values` and `values * mask` have the bits of the two steps.
    ///
    /// - Precondition: the shapes broadcast (see ``broadcastShape(_:_:)``).
    public static func * (lhs: Matrix, rhs: Matrix) -> Matrix {
        if lhs.rows == rhs.rows && lhs.columns == rhs.columns {
            if let test = rhs.test, lhs.test == nil {
                return Matrix(rows: lhs.rows, columns: lhs.columns, data: test.product(lhs.held, maskOf: rhs.held))
            }
            if let test = lhs.test, rhs.test == nil {
                return Matrix(rows: lhs.rows, columns: lhs.columns, data: test.product(rhs.held, maskOf: lhs.held))
            }
        }
        return broadcasting(lhs, rhs, { $0 * $1 }, lanes: { $0 * $1 })
    }
    /// Element-wise quotient with numpy broadcasting; division by zero gives ±inf or NaN as in IEEE 754.
    ///
    /// - Precondition: the shapes broadcast (see ``broadcastShape(_:_:)``).
    public static func / (lhs: Matrix, rhs: Matrix) -> Matrix { broadcasting(lhs, rhs, { $0 / $1 }, lanes: { $0 / $1 }) }

    /// Adds `rhs` to every element.
    public static func + (lhs: Matrix, rhs: Double) -> Matrix { lhs.mapElements({ $0 + rhs }, lanes: { $0 + rhs }) }
    /// Subtracts `rhs` from every element.
    public static func - (lhs: Matrix, rhs: Double) -> Matrix { lhs.mapElements({ $0 - rhs }, lanes: { $0 - rhs }) }
    /// Multiplies every element by `rhs`.
    public static func * (lhs: Matrix, rhs: Double) -> Matrix { lhs.mapElements({ $0 * rhs }, lanes: { $0 * rhs }) }
    /// Divides every element by `rhs` (see `ConstantDivision`: refinements of `x·(1/rhs)` with the bits of
    /// the divider, which takes only dividends outside their range).
    public static func / (lhs: Matrix, rhs: Double) -> Matrix {
        #if FUSED_MULTIPLY_ADD
        if let division = ConstantDivision(rhs) { return division.quotients(of: lhs) }
        #endif
        return lhs.mapElements({ $0 / rhs }, lanes: { $0 / rhs })
    }

    /// `lhs + x` for every element `x`.
    public static func + (lhs: Double, rhs: Matrix) -> Matrix { rhs.mapElements({ lhs + $0 }, lanes: { lhs + $0 }) }
    /// `lhs - x` for every element `x`.
    public static func - (lhs: Double, rhs: Matrix) -> Matrix { rhs.mapElements({ lhs - $0 }, lanes: { lhs - $0 }) }
    /// `lhs * x` for every element `x`.
    public static func * (lhs: Double, rhs: Matrix) -> Matrix { rhs.mapElements({ lhs * $0 }, lanes: { lhs * $0 }) }
    /// `lhs / x` for every element `x`.
    public static func / (lhs: Double, rhs: Matrix) -> Matrix { rhs.mapElements({ lhs / $0 }, lanes: { lhs / $0 }) }

    /// Negates every element (`-0.0` for `0.0`, as numpy's unary minus).
    public static prefix func - (operand: Matrix) -> Matrix { operand.mapElements({ -$0 }, lanes: { -$0 }) }

    /// Adds `rhs` in place, broadcasting it to the shape of `lhs`.
    ///
    /// - Precondition: `rhs` broadcasts to exactly the shape of `lhs`.
    public static func += (lhs: inout Matrix, rhs: Matrix) { lhs.broadcastingInPlace(rhs) { $0 + $1 } }
    /// Subtracts `rhs` in place, broadcasting it to the shape of `lhs`.
    ///
    /// - Precondition: `rhs` broadcasts to exactly the shape of `lhs`.
    public static func -= (lhs: inout Matrix, rhs: Matrix) { lhs.broadcastingInPlace(rhs) { $0 - $1 } }
    /// Multiplies element-wise in place, broadcasting `rhs` to the shape of `lhs`.
    ///
    /// - Precondition: `rhs` broadcasts to exactly the shape of `lhs`.
    public static func *= (lhs: inout Matrix, rhs: Matrix) { lhs.broadcastingInPlace(rhs) { $0 * $1 } }
    /// Divides element-wise in place, broadcasting `rhs` to the shape of `lhs`.
    ///
    /// - Precondition: `rhs` broadcasts to exactly the shape of `lhs`.
    public static func /= (lhs: inout Matrix, rhs: Matrix) { lhs.broadcastingInPlace(rhs) { $0 / $1 } }

    /// Adds `rhs` to every element in place.
    public static func += (lhs: inout Matrix, rhs: Double) { lhs.updateElements { $0 + rhs } }
    /// Subtracts `rhs` from every element in place.
    public static func -= (lhs: inout Matrix, rhs: Double) { lhs.updateElements { $0 - rhs } }
    /// Multiplies every element by `rhs` in place.
    public static func *= (lhs: inout Matrix, rhs: Double) { lhs.updateElements { $0 * rhs } }
    /// Divides every element by `rhs` in place, with the bits of `/`.
    public static func /= (lhs: inout Matrix, rhs: Double) {
        #if FUSED_MULTIPLY_ADD
        if let division = ConstantDivision(rhs) { return division.divide(&lhs) }
        #endif
        lhs.updateElements { $0 / rhs }
    }

    /// `self = self - scale * step`, gradient descent's update `W = W - α·dW`, in place and in one pass:
    /// each element becomes `w - (scale · d)`, bit-identical to the two steps with no allocation.
    ///
    /// - Precondition: the shapes broadcast; unequal shapes take the two steps, and `self` takes the
    ///   broadcast shape, as `self = self - scale * step` would give it.
    package mutating func subtract(_ scale: Double, times step: Matrix) {
        guard rows == step.rows && columns == step.columns else {
            self = self - scale * step
            return
        }
        let splat = LaneLoops.Lanes(repeating: scale)
        storage.withUnsafeMutableBufferPointer { target in
            step.withElements { step in
                guard let w = target.baseAddress, let d = step.baseAddress else { return }
                LaneLoops.zip(target.count, w, d, into: w, { $0 - scale * $1 }, { $0 - splat * $1 })
            }
        }
    }

    @inline(__always)
    private mutating func updateElements(_ transform: (Double) -> Double) {
        storage.withUnsafeMutableBufferPointer { buffer in
            for index in 0..<buffer.count { buffer[index] = transform(buffer[index]) }
        }
    }
}
