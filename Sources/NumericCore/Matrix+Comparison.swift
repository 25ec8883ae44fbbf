/// Element-wise "less than", giving a 0/1 matrix (numpy's `a < b`).
infix operator .< : ComparisonPrecedence
/// Element-wise "greater than", giving a 0/1 matrix (numpy's `a > b`).
infix operator .> : ComparisonPrecedence
/// Element-wise "less than or equal", giving a 0/1 matrix (numpy's `a <= b`).
infix operator .<= : ComparisonPrecedence
/// Element-wise "greater than or equal", giving a 0/1 matrix (numpy's `a >= b`).
infix operator .>= : ComparisonPrecedence
/// Element-wise equality, giving a 0/1 matrix (numpy's `a == b`).
infix operator .== : ComparisonPrecedence

// numpy's comparisons give boolean arrays; the notebooks use them as 0/1 masks
// (`D1 = np.random.rand(...) < keep_prob`), so `Matrix` returns 1.0 for true and 0.0 for false.
// Any comparison with NaN is false (0), as in numpy. A comparison with one number is kept unapplied
// until its elements are read (see `MaskTest`).

extension Matrix {
    /// 1 where the element is less than `rhs`, else 0.
    public static func .< (lhs: Matrix, rhs: Double) -> Matrix { Matrix(masking: lhs, by: MaskTest(relation: .less, threshold: rhs)) }
    /// 1 where the element is greater than `rhs`, else 0.
    public static func .> (lhs: Matrix, rhs: Double) -> Matrix { Matrix(masking: lhs, by: MaskTest(relation: .greater, threshold: rhs)) }
    /// 1 where the element is less than or equal to `rhs`, else 0.
    public static func .<= (lhs: Matrix, rhs: Double) -> Matrix { Matrix(masking: lhs, by: MaskTest(relation: .lessOrEqual, threshold: rhs)) }
    /// 1 where the element is greater than or equal to `rhs`, else 0.
    public static func .>= (lhs: Matrix, rhs: Double) -> Matrix { Matrix(masking: lhs, by: MaskTest(relation: .greaterOrEqual, threshold: rhs)) }
    /// 1 where the element equals `rhs`, else 0.
    public static func .== (lhs: Matrix, rhs: Double) -> Matrix { Matrix(masking: lhs, by: MaskTest(relation: .equal, threshold: rhs)) }

    /// 1 where `lhs < rhs` element-wise (with numpy broadcasting), else 0.
    ///
    /// - Precondition: the shapes broadcast (see ``broadcastShape(_:_:)``).
    public static func .< (lhs: Matrix, rhs: Matrix) -> Matrix { broadcasting(lhs, rhs, { $0 < $1 ? 1 : 0 }, lanes: { LaneLoops.ones(where: $0 .< $1) }) }
    /// 1 where `lhs > rhs` element-wise (with numpy broadcasting), else 0.
    ///
    /// - Precondition: the shapes broadcast (see ``broadcastShape(_:_:)``).
    public static func .> (lhs: Matrix, rhs: Matrix) -> Matrix { broadcasting(lhs, rhs, { $0 > $1 ? 1 : 0 }, lanes: { LaneLoops.ones(where: $0 .> $1) }) }
    /// 1 where `lhs <= rhs` element-wise (with numpy broadcasting), else 0.
    ///
    /// - Precondition: the shapes broadcast (see ``broadcastShape(_:_:)``).
    public static func .<= (lhs: Matrix, rhs: Matrix) -> Matrix { broadcasting(lhs, rhs, { $0 <= $1 ? 1 : 0 }, lanes: { LaneLoops.ones(where: $0 .<= $1) }) }
    /// 1 where `lhs >= rhs` element-wise (with numpy broadcasting), else 0.
    ///
    /// - Precondition: the shapes broadcast (see ``broadcastShape(_:_:)``).
    public static func .>= (lhs: Matrix, rhs: Matrix) -> Matrix { broadcasting(lhs, rhs, { $0 >= $1 ? 1 : 0 }, lanes: { LaneLoops.ones(where: $0 .>= $1) }) }
    /// 1 where `lhs == rhs` element-wise (with numpy broadcasting), else 0.
    ///
    /// - Precondition: the shapes broadcast (see ``broadcastShape(_:_:)``).
    public static func .== (lhs: Matrix, rhs: Matrix) -> Matrix { broadcasting(lhs, rhs, { $0 == $1 ? 1 : 0 }, lanes: { LaneLoops.ones(where: $0 .== $1) }) }
}
