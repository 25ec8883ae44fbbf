extension Matrix {
    /// The matrix product `self · other`, like `np.dot` for 2-D arrays.
    ///
    /// Each element is accumulated in order of the inner index, `((a_i0·b_0j + a_i1·b_1j) + …)`, starting
    /// from `+0.0`, with separate multiply and add (no fused multiply-add). numpy hands the product to
    /// BLAS (OpenBLAS), whose blocking and FMA kernels add in another order, so results agree with numpy
    /// to a few units in the last place, not bit for bit.
    ///
    /// - Precondition: `columns == other.rows`.
    /// - Complexity: O(`rows · columns · other.columns`), one allocation; blocks of four rows of the
    ///   result are computed together over contiguous rows of `other`.
    public func dot(_ other: Matrix) -> Matrix {
        require(
            columns == other.rows,
            "shapes (\(rows), \(columns)) and (\(other.rows), \(other.columns)) not aligned: "
                + "\(columns) (dim 1) != \(other.rows) (dim 0)"
        )
        if rows == 0 || columns == 0 || other.columns == 0 { return .zeros(rows, other.columns) }
        return other.storage.withUnsafeBufferPointer { b in
            product(RowMajorOperand(base: b.baseAddress!, m: other.columns), m: other.columns)
        }
    }

    /// The product with the transpose of `other`, `self · otherᵀ`, like `np.dot(a, b.T)`, without
    /// making the transposed copy.
    ///
    /// Bit-identical to `dot(other.T)`: every element is summed in the same order (see ``dot(_:)``).
    ///
    /// - Precondition: `columns == other.columns`.
    /// - Complexity: O(`rows · columns · other.rows`), one allocation.
    public func dotTransposed(_ other: Matrix) -> Matrix {
        require(
            columns == other.columns,
            "shapes (\(rows), \(columns)) and (\(other.columns), \(other.rows)) not aligned: "
                + "\(columns) (dim 1) != \(other.columns) (dim 0)"
        )
        if rows == 0 || columns == 0 || other.rows == 0 { return .zeros(rows, other.rows) }
        return other.storage.withUnsafeBufferPointer { b in
            product(TransposedOperand(base: b.baseAddress!, inner: columns), m: other.rows)
        }
    }

    /// `self · b` for a right operand `b` of `columns` rows and `m` columns, none of the three
    /// dimensions zero.
    @inline(__always)
    private func product<Operand: ProductOperand>(_ b: Operand, m: Int) -> Matrix {
        let (n, inner) = (rows, columns)
        let data = [Double](unsafeUninitializedCapacity: n * m) { c, initialized in
            storage.withUnsafeBufferPointer { a in
                let kernel = ProductKernel(
                    a: a.baseAddress!, b: b, c: UnsafeMutableRawPointer(c.baseAddress!), inner: inner, m: m)
                var i = 0
                while i + 4 <= n {
                    kernel.rows(i, count: 4)
                    i += 4
                }
                while i < n {
                    kernel.rows(i, count: 1)
                    i += 1
                }
            }
            initialized = n * m
        }
        return Matrix(rows: n, columns: m, data: data)
    }
}
