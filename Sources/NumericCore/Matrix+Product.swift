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
        precondition(
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
                        let cRow = i * m
                        for k in 0..<inner {
                            let aik = a[i * inner + k]
                            let bRow = k * m
                            for j in 0..<m { c[cRow + j] += aik * b[bRow + j] }
                        }
                    }
                }
            }
        }
        return Matrix(rows: n, columns: m, data: data)
    }
}
