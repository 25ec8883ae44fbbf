extension Matrix {
    /// The matrix product `self · other`, like `np.dot` for 2-D arrays.
    ///
    /// Each element is accumulated in order of the inner index, `((a_i0·b_0j + a_i1·b_1j) + …)`, starting
    /// from `+0.0`, with separate multiply and add (no fused multiply-add). numpy hands the product to
    /// BLAS (OpenBLAS), whose blocking and FMA kernels add in another order, so results agree with numpy
    /// to a few units in the last place, not bit for bit.
    ///
    /// - Precondition: `columns == other.rows`.
    /// - Complexity: O(`rows · columns · other.columns`), one allocation; the loops run i-k-j over
    ///   contiguous rows.
    public func dot(_ other: Matrix) -> Matrix {
        require(
            columns == other.rows,
            "shapes (\(rows), \(columns)) and (\(other.rows), \(other.columns)) not aligned: "
                + "\(columns) (dim 1) != \(other.rows) (dim 0)"
        )
        let (n, inner, m) = (rows, columns, other.columns)
        var data = [Double](repeating: 0, count: n * m)
        data.withUnsafeMutableBufferPointer { c in
            storage.withUnsafeBufferPointer { a in
                other.storage.withUnsafeBufferPointer { b in
                    for i in 0..<n {
                        var j = 0
                        while j + 8 <= m {
                            Self.accumulate(SIMD8<Double>.self, row: i, column: j, a: a, b: b, c: c, inner: inner, m: m)
                            j += 8
                        }
                        if j + 4 <= m {
                            Self.accumulate(SIMD4<Double>.self, row: i, column: j, a: a, b: b, c: c, inner: inner, m: m)
                            j += 4
                        }
                        if j + 2 <= m {
                            Self.accumulate(SIMD2<Double>.self, row: i, column: j, a: a, b: b, c: c, inner: inner, m: m)
                            j += 2
                        }
                        if j < m {
                            var sum = 0.0
                            for k in 0..<inner { sum += a[i * inner + k] * b[k * m + j] }
                            c[i * m + j] = sum
                        }
                    }
                }
            }
        }
        return Matrix(rows: n, columns: m, data: data)
    }

    /// Computes `V.scalarCount` neighbouring elements `c[row, column ..< column + width]` at once, each
    /// summed over k in order from `+0.0` in its own lane, so every element is added exactly as a
    /// one-at-a-time loop would add it; the lanes only keep the running sums in registers.
    @inline(__always)
    private static func accumulate<V: SIMD>(
        _: V.Type, row: Int, column: Int, a: UnsafeBufferPointer<Double>, b: UnsafeBufferPointer<Double>,
        c: UnsafeMutableBufferPointer<Double>, inner: Int, m: Int
    ) where V.Scalar == Double {
        var sum = V(repeating: 0)
        let bBase = UnsafeRawPointer(b.baseAddress!)
        for k in 0..<inner {
            let lanes = bBase.loadUnaligned(fromByteOffset: (k * m + column) * 8, as: V.self)
            sum += V(repeating: a[row * inner + k]) * lanes
        }
        UnsafeMutableRawPointer(c.baseAddress!).storeBytes(of: sum, toByteOffset: (row * m + column) * 8, as: V.self)
    }
}
