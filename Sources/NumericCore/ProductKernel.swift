/// The inner loops of ``Matrix/dot(_:)``: `c = a · b (+ bias)` for row-major `a` (n × inner), `b`
/// (inner × m) and `c` (n × m), with an optional `bias` of n elements added to each row of the sums.
///
/// Every element `c[i, j]` is its own running sum `((0 + a_i0·b_0j) + a_i1·b_1j) + …`, in order of k,
/// with separate multiply and add, then `+ bias[i]`. A tile of the result, up to eight rows by up to
/// eight neighbouring columns held as SIMD lanes, is summed in one pass over k: the tile's rows and
/// lanes are independent sums kept in registers at once (at most eight SSE2 registers of them, half of
/// what baseline x86-64 has), so a long inner dimension is not bound by the latency of one chain of
/// adds, and no element is added in another order than a one-at-a-time loop would add it. Tiles are
/// chosen by shape: four rows by four lanes, two rows by eight, eight rows by two when the result has
/// at most three columns (a gradient `dZ · Xᵀ`), one row by eight for the last row.
///
/// Concrete and self-contained: its generic tiles are private to this file, so every build, whole-module
/// or not, specializes them.
struct ProductKernel {
    /// The left operand's first element.
    let a: UnsafePointer<Double>
    /// The right operand's first element.
    let b: UnsafePointer<Double>
    /// The result's first element.
    let c: UnsafeMutableRawPointer
    /// Added to row i of the result after its sums, when given.
    let bias: UnsafePointer<Double>?
    /// Rows of `a` and `c`.
    let n: Int
    /// The shared dimension: columns of `a`, rows of `b`.
    let inner: Int
    /// Columns of `b` and `c`.
    let m: Int

    /// Computes every element of the result.
    func run() {
        var row = 0
        if m <= 3 {
            while row + 8 <= n {
                narrowRows(row)
                row += 8
            }
        }
        while row + 4 <= n {
            fourRows(row)
            row += 4
        }
        if row + 2 <= n {
            twoRows(row)
            row += 2
        }
        if row < n { oneRow(row) }
    }

    /// Eight rows of a result with one to three columns.
    private func narrowRows(_ row: Int) {
        var j = 0
        if j + 2 <= m {
            eightRows(SIMD2<Double>.self, row: row, column: j)
            j += 2
        }
        if j < m {
            fourScalars(row: row, column: j)
            fourScalars(row: row + 4, column: j)
        }
    }

    /// Four rows across all columns.
    private func fourRows(_ row: Int) {
        var j = 0
        while j + 4 <= m {
            fourRows(SIMD4<Double>.self, row: row, column: j)
            j += 4
        }
        if j + 2 <= m {
            fourRows(SIMD2<Double>.self, row: row, column: j)
            j += 2
        }
        if j < m { fourScalars(row: row, column: j) }
    }

    /// Two rows across all columns.
    private func twoRows(_ row: Int) {
        var j = 0
        while j + 8 <= m {
            twoRows(SIMD8<Double>.self, row: row, column: j)
            j += 8
        }
        if j + 4 <= m {
            twoRows(SIMD4<Double>.self, row: row, column: j)
            j += 4
        }
        if j + 2 <= m {
            twoRows(SIMD2<Double>.self, row: row, column: j)
            j += 2
        }
        if j < m {
            store(scalarSum(row: row, column: j), row: row, column: j)
            store(scalarSum(row: row + 1, column: j), row: row + 1, column: j)
        }
    }

    /// One row across all columns.
    private func oneRow(_ row: Int) {
        var j = 0
        while j + 8 <= m {
            oneRow(SIMD8<Double>.self, row: row, column: j)
            j += 8
        }
        if j + 4 <= m {
            oneRow(SIMD4<Double>.self, row: row, column: j)
            j += 4
        }
        if j + 2 <= m {
            oneRow(SIMD2<Double>.self, row: row, column: j)
            j += 2
        }
        if j < m { store(scalarSum(row: row, column: j), row: row, column: j) }
    }

    /// `V.scalarCount` neighbouring elements of row k of `b`.
    @inline(__always)
    private func lanes<V: SIMD>(_: V.Type, k: Int, column: Int) -> V where V.Scalar == Double {
        UnsafeRawPointer(b + k * m + column).loadUnaligned(as: V.self)
    }

    /// Eight rows by `V.scalarCount` columns.
    @inline(__always)
    private func eightRows<V: SIMD>(_: V.Type, row: Int, column: Int) where V.Scalar == Double {
        var s0 = V(repeating: 0), s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0, s6 = s0, s7 = s0
        let a0 = a + row * inner, a1 = a0 + inner, a2 = a1 + inner, a3 = a2 + inner
        let a4 = a3 + inner, a5 = a4 + inner, a6 = a5 + inner, a7 = a6 + inner
        for k in 0..<inner {
            let b = lanes(V.self, k: k, column: column)
            s0 += V(repeating: a0[k]) * b
            s1 += V(repeating: a1[k]) * b
            s2 += V(repeating: a2[k]) * b
            s3 += V(repeating: a3[k]) * b
            s4 += V(repeating: a4[k]) * b
            s5 += V(repeating: a5[k]) * b
            s6 += V(repeating: a6[k]) * b
            s7 += V(repeating: a7[k]) * b
        }
        store(s0, row: row, column: column)
        store(s1, row: row + 1, column: column)
        store(s2, row: row + 2, column: column)
        store(s3, row: row + 3, column: column)
        store(s4, row: row + 4, column: column)
        store(s5, row: row + 5, column: column)
        store(s6, row: row + 6, column: column)
        store(s7, row: row + 7, column: column)
    }

    /// Four rows by `V.scalarCount` columns.
    @inline(__always)
    private func fourRows<V: SIMD>(_: V.Type, row: Int, column: Int) where V.Scalar == Double {
        var s0 = V(repeating: 0), s1 = s0, s2 = s0, s3 = s0
        let a0 = a + row * inner, a1 = a0 + inner, a2 = a1 + inner, a3 = a2 + inner
        for k in 0..<inner {
            let b = lanes(V.self, k: k, column: column)
            s0 += V(repeating: a0[k]) * b
            s1 += V(repeating: a1[k]) * b
            s2 += V(repeating: a2[k]) * b
            s3 += V(repeating: a3[k]) * b
        }
        store(s0, row: row, column: column)
        store(s1, row: row + 1, column: column)
        store(s2, row: row + 2, column: column)
        store(s3, row: row + 3, column: column)
    }

    /// Two rows by `V.scalarCount` columns.
    @inline(__always)
    private func twoRows<V: SIMD>(_: V.Type, row: Int, column: Int) where V.Scalar == Double {
        var s0 = V(repeating: 0), s1 = s0
        let a0 = a + row * inner, a1 = a0 + inner
        for k in 0..<inner {
            let b = lanes(V.self, k: k, column: column)
            s0 += V(repeating: a0[k]) * b
            s1 += V(repeating: a1[k]) * b
        }
        store(s0, row: row, column: column)
        store(s1, row: row + 1, column: column)
    }

    /// One row by `V.scalarCount` columns.
    @inline(__always)
    private func oneRow<V: SIMD>(_: V.Type, row: Int, column: Int) where V.Scalar == Double {
        var sum = V(repeating: 0)
        let aRow = a + row * inner
        for k in 0..<inner {
            sum += V(repeating: aRow[k]) * lanes(V.self, k: k, column: column)
        }
        store(sum, row: row, column: column)
    }

    /// Four rows of one column.
    @inline(__always)
    private func fourScalars(row: Int, column: Int) {
        var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
        let a0 = a + row * inner, a1 = a0 + inner, a2 = a1 + inner, a3 = a2 + inner
        for k in 0..<inner {
            let value = b[k * m + column]
            s0 += a0[k] * value
            s1 += a1[k] * value
            s2 += a2[k] * value
            s3 += a3[k] * value
        }
        store(s0, row: row, column: column)
        store(s1, row: row + 1, column: column)
        store(s2, row: row + 2, column: column)
        store(s3, row: row + 3, column: column)
    }

    /// One element.
    @inline(__always)
    private func scalarSum(row: Int, column: Int) -> Double {
        var sum = 0.0
        let aRow = a + row * inner
        for k in 0..<inner {
            sum += aRow[k] * b[k * m + column]
        }
        return sum
    }

    @inline(__always)
    private func store<V: SIMD>(_ sums: V, row: Int, column: Int) where V.Scalar == Double {
        let value = bias.map { sums + V(repeating: $0[row]) } ?? sums
        c.storeBytes(of: value, toByteOffset: (row * m + column) * 8, as: V.self)
    }

    @inline(__always)
    private func store(_ sum: Double, row: Int, column: Int) {
        let value = bias.map { sum + $0[row] } ?? sum
        c.storeBytes(of: value, toByteOffset: (row * m + column) * 8, as: Double.self)
    }
}
