/// How ``ProductKernel`` reads the right operand `b` of a product: element `(k, j)`, and the
/// neighbouring elements `(k, j ..< j + width)` as SIMD lanes.
protocol ProductOperand {
    /// Element `(k, column)`.
    func element(k: Int, column: Int) -> Double
    /// Elements `(k, column ..< column + V.scalarCount)`.
    func lanes<V: SIMD>(_: V.Type, k: Int, column: Int) -> V where V.Scalar == Double
}

/// A row-major `inner × m` matrix: a row's neighbouring elements are one unaligned load.
struct RowMajorOperand: ProductOperand {
    /// The first element.
    let base: UnsafePointer<Double>
    /// Columns, the distance between rows.
    let m: Int

    @inline(__always)
    func element(k: Int, column: Int) -> Double { base[k * m + column] }

    @inline(__always)
    func lanes<V: SIMD>(_: V.Type, k: Int, column: Int) -> V where V.Scalar == Double {
        UnsafeRawPointer(base + k * m + column).loadUnaligned(as: V.self)
    }
}

/// The transpose of a row-major `m × inner` matrix: element `(k, j)` is stored at `j · inner + k`, so
/// the lanes are gathered one element per row of the stored matrix, and no transposed copy is made.
struct TransposedOperand: ProductOperand {
    /// The stored matrix's first element.
    let base: UnsafePointer<Double>
    /// The stored matrix's columns, the distance between its rows.
    let inner: Int

    @inline(__always)
    func element(k: Int, column: Int) -> Double { base[column * inner + k] }

    @inline(__always)
    func lanes<V: SIMD>(_: V.Type, k: Int, column: Int) -> V where V.Scalar == Double {
        var lanes = V()
        let first = base + column * inner + k
        for lane in 0..<V.scalarCount { lanes[lane] = first[lane * inner] }
        return lanes
    }
}
