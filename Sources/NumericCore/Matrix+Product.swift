extension Matrix {
    /// The matrix product `self · other`, like `np.dot` for 2-D arrays.
    ///
    /// Each element is accumulated in order of the inner index, `((a_i0·b_0j + a_i1·b_1j) + …)`, starting
    /// from `+0.0`, with separate multiply and add (no fused multiply-add). numpy hands the product to
    /// BLAS (OpenBLAS), whose blocking and FMA kernels add in another order, so results agree with numpy
    /// to a few units in the last place, not bit for bit.
    ///
    /// - Precondition: `columns == other.rows`.
    /// - Complexity: O(`rows · columns · other.columns`), one allocation; tiles of up to eight rows of
    ///   the result are computed together over contiguous rows of `other` (see `ProductKernel`).
    public func dot(_ other: Matrix) -> Matrix {
        requireAligned(other)
        return product(other, bias: nil)
    }

    /// The product with the transpose of `other`, `self · otherᵀ`, like `np.dot(a, b.T)`.
    ///
    /// Bit-identical to `dot(other.T)`: every element is summed in the same order (see ``dot(_:)``).
    ///
    /// The product reads a transposed copy, whose rows give several neighbouring columns at a time: of
    /// `other`, or, when `self` has fewer rows, of `self`, computing `(other · selfᵀ)ᵀ`, whose element
    /// `(j, i)` is the same sum of the same products (multiplication commutes exactly), in the same order.
    ///
    /// - Precondition: `columns == other.columns`.
    /// - Complexity: O(`rows · columns · other.rows`), three allocations at most: the transposed copy of
    ///   the operand with fewer rows, the product, and its transpose when that was `self`.
    public func dotTransposed(_ other: Matrix) -> Matrix {
        require(
            columns == other.columns,
            "shapes \(shape) and \(MatrixShape(rows: other.columns, columns: other.rows)) not aligned: "
                + "\(columns) (dim 1) != \(other.columns) (dim 0)"
        )
        if rows < other.rows { return other.product(transposed, bias: nil).transposed }
        return product(other.transposed, bias: nil)
    }

    /// `self · other + bias`, like numpy's `np.dot(W, A) + b`, with the addition done as each sum is
    /// stored: bit-identical to `dot(other) + bias`, one allocation instead of two.
    ///
    /// A `bias` that is not a column of `rows` elements is broadcast as `+` broadcasts it, after the
    /// product.
    ///
    /// - Precondition: `columns == other.rows`, and the shapes of the product and `bias` broadcast.
    package func dot(_ other: Matrix, plus bias: Matrix) -> Matrix {
        requireAligned(other)
        guard bias.rows == rows && bias.columns == 1 else { return product(other, bias: nil) + bias }
        return product(other, bias: bias)
    }

    private func requireAligned(_ other: Matrix) {
        require(
            columns == other.rows,
            "shapes \(shape) and \(other.shape) not aligned: "
                + "\(columns) (dim 1) != \(other.rows) (dim 0)"
        )
    }

    /// `self · b (+ bias)` for a `b` of `columns` rows and a `bias` column of `rows` elements.
    private func product(_ b: Matrix, bias: Matrix?) -> Matrix {
        let (n, inner, m) = (rows, columns, b.columns)
        if n == 0 || m == 0 { return .zeros(n, m) }
        if inner == 0 { return bias.map { .zeros(n, m) + $0 } ?? .zeros(n, m) }
        let data = [Double](count: n * m) { c in
            let result = UnsafeMutableRawPointer(c.baseAddress!)
            withElements { a in
                b.withElements { b in
                    let run = { (bias: UnsafePointer<Double>?) in
                        ProductKernel(a: a.baseAddress!, b: b.baseAddress!, c: result, bias: bias, n: n, inner: inner, m: m).run()
                    }
                    if let bias { bias.withElements { run($0.baseAddress!) } } else { run(nil) }
                }
            }
        }
        return Matrix(rows: n, columns: m, data: data)
    }
}
