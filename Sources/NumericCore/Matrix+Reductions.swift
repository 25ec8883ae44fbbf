// Reductions, with the summation order numpy uses so sums are bit-identical to numpy's:
//
// - `sum()`, `mean()`, `nansum()` flatten the (contiguous, row-major) storage and use numpy's pairwise
//   summation (`pairwiseSum`), exactly as `np.sum(a)` does for a C-contiguous float64 array.
// - `sum(axis: 1)` (row sums): numpy reduces each contiguous row with pairwise summation; so do we.
// - `sum(axis: 0)` (column sums): numpy adds the rows one after the other into the output row, which is
//   plain sequential summation per column, `((0 + a₀ⱼ) + a₁ⱼ) + …`; so do we. For a single column
//   `(n, 1)` numpy sees one contiguous run and uses pairwise summation again; so do we.
// - `norm()` is `sqrt` of the pairwise sum of squares. `np.linalg.norm` computes `sqrt(dot(x, x))` with
//   BLAS `ddot` (OpenBLAS: FMA kernels with several accumulators), a different order: agreement is to a
//   few units in the last place (relative difference well under 1e-14), not bit for bit.
// Checked against numpy by the vectors in Tests/NumericCoreTests/Vectors.

extension Matrix {
    /// The sum of all elements, like `np.sum(m)`, bit-identical to numpy (pairwise summation).
    ///
    /// NaN if any element is NaN; `0.0` for an empty matrix.
    public func sum() -> Double {
        withElements { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            return 0 + pairwiseSum(base, count: buffer.count, stride: 1)
        }
    }

    /// Sums along an axis keeping it as size 1, like `np.sum(m, axis: axis, keepdims=True)`.
    ///
    /// `axis: 0` sums each column and gives `(1, columns)`; `axis: 1` sums each row and gives `(rows, 1)`.
    /// Bit-identical to numpy: rows are summed pairwise, columns sequentially (pairwise for a single
    /// column), as numpy does for C-contiguous data.
    ///
    /// - Precondition: `axis` is 0 or 1.
    public func sum(axis: Int) -> Matrix {
        require(axis == 0 || axis == 1, "axis \(axis) is out of bounds for array of dimension 2")
        let (r, c) = (rows, columns)
        if axis == 1 {
            let data = [Double](count: r) { totals in
                withElements { buffer in
                    guard let base = buffer.baseAddress, c > 0 else { return totals.initialize(repeating: 0) }
                    var i = 0
                    while i + 4 <= r {
                        let sums = pairwiseSums(ofFourRowsFrom: base + i * c, rowStep: c, count: c)
                        for lane in 0..<4 { totals[i + lane] = 0 + sums[lane] }
                        i += 4
                    }
                    while i < r {
                        totals[i] = 0 + pairwiseSum(base + i * c, count: c, stride: 1)
                        i += 1
                    }
                }
            }
            return Matrix(rows: r, columns: 1, data: data)
        }
        if c == 1 {
            return Matrix(rows: 1, columns: 1, data: [sum()])
        }
        let data = [Double](count: c) { totals in
            totals.initialize(repeating: 0)
            withElements { source in
                for i in 0..<r {
                    for j in 0..<c { totals[j] += source[i * c + j] }
                }
            }
        }
        return Matrix(rows: 1, columns: c, data: data)
    }

    /// The sum of all elements treating NaN as zero, like `np.nansum(m)` (which replaces NaN by 0 and
    /// then sums pairwise); bit-identical to numpy. Infinities are kept: `inf + -inf` is still NaN.
    public func nansum() -> Double {
        mapElements { $0.isNaN ? 0 : $0 }.sum()
    }

    /// The arithmetic mean of all elements, like `np.mean(m)`: `sum() / count`, bit-identical to numpy.
    ///
    /// NaN for an empty matrix (numpy also warns).
    public func mean() -> Double {
        sum() / Double(count)
    }

    /// The mean along an axis keeping it as size 1, like `np.mean(m, axis: axis, keepdims=True)`:
    /// ``sum(axis:)`` divided by the length of that axis, bit-identical to numpy.
    ///
    /// - Precondition: `axis` is 0 or 1.
    public func mean(axis: Int) -> Matrix {
        sum(axis: axis) / Double(axis == 0 ? rows : columns)
    }

    /// The Euclidean (L2) norm of all elements taken as one vector, like `np.linalg.norm(m)`.
    ///
    /// Computed as `sqrt` of the pairwise sum of squares. numpy uses BLAS `ddot`, which adds in another
    /// order, so the two agree to a few units in the last place, not bit for bit.
    public func norm() -> Double {
        mapElements { $0 * $0 }.sum().squareRoot()
    }

    /// The largest element, like `np.max(m)`: NaN if any element is NaN.
    ///
    /// - Precondition: the matrix is not empty.
    public func max() -> Double {
        extreme(named: "maximum") { $0 > $1 }
    }

    /// The smallest element, like `np.min(m)`: NaN if any element is NaN.
    ///
    /// - Precondition: the matrix is not empty.
    public func min() -> Double {
        extreme(named: "minimum") { $0 < $1 }
    }

    /// Whether every element is finite (no NaN, no ±infinity), like `np.isfinite(m).all()`.
    ///
    /// `true` for an empty matrix.
    public var isFinite: Bool {
        withElements { buffer in
            for value in buffer where !value.isFinite { return false }
            return true
        }
    }

    private func extreme(named name: String, _ isBetter: (Double, Double) -> Bool) -> Double {
        require(count > 0, "zero-size array to reduction operation \(name) which has no identity")
        return withElements { buffer in
            var best = buffer[0]
            for value in buffer {
                if value.isNaN { return value }
                if isBetter(value, best) { best = value }
            }
            return best
        }
    }
}
