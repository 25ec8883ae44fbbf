/// The inner loops of ``Matrix/dot(_:)`` and ``Matrix/dotTransposed(_:)``: `c = a · b` for row-major
/// `a` (n × inner) and `c` (n × m), with `b` (inner × m) read through `Operand`: row-major, or as the
/// transpose of a row-major m × inner matrix.
///
/// Every element `c[i, j]` is its own running sum `((0 + a_i0·b_0j) + a_i1·b_1j) + …`, in order of k,
/// with separate multiply and add. SIMD lanes hold neighbouring columns and a block holds up to four
/// rows, so one pass over k advances up to 4 × 4 independent sums: the lanes and the rows only keep
/// more sums in registers at once, and no element is added in another order than a one-at-a-time loop
/// would add it.
struct ProductKernel<Operand: ProductOperand> {
    /// The left operand's first element.
    let a: UnsafePointer<Double>
    /// The right operand.
    let b: Operand
    /// The result's first element.
    let c: UnsafeMutableRawPointer
    /// The shared dimension: columns of `a`, rows of `b`.
    let inner: Int
    /// Columns of `b` and `c`.
    let m: Int

    /// Computes the result rows `row ..< row + count`, `count` being 4 or 1, across all columns.
    @inline(__always)
    func rows(_ row: Int, count: Int) {
        var j = 0
        if count == 4 {
            while j + 4 <= m {
                block(SIMD4<Double>.self, row: row, column: j)
                j += 4
            }
            if j + 2 <= m {
                block(SIMD2<Double>.self, row: row, column: j)
                j += 2
            }
            if j < m { scalarBlock(row: row, column: j) }
        } else {
            while j + 8 <= m {
                single(SIMD8<Double>.self, row: row, column: j)
                j += 8
            }
            if j + 4 <= m {
                single(SIMD4<Double>.self, row: row, column: j)
                j += 4
            }
            if j + 2 <= m {
                single(SIMD2<Double>.self, row: row, column: j)
                j += 2
            }
            if j < m { store(scalarSum(row: row, column: j), row: row, column: j) }
        }
    }

    /// Four rows by `V.scalarCount` columns.
    @inline(__always)
    private func block<V: SIMD>(_: V.Type, row: Int, column: Int) where V.Scalar == Double {
        var s0 = V(repeating: 0), s1 = s0, s2 = s0, s3 = s0
        let a0 = a + row * inner, a1 = a0 + inner, a2 = a1 + inner, a3 = a2 + inner
        for k in 0..<inner {
            let lanes = b.lanes(V.self, k: k, column: column)
            s0 += V(repeating: a0[k]) * lanes
            s1 += V(repeating: a1[k]) * lanes
            s2 += V(repeating: a2[k]) * lanes
            s3 += V(repeating: a3[k]) * lanes
        }
        store(s0, row: row, column: column)
        store(s1, row: row + 1, column: column)
        store(s2, row: row + 2, column: column)
        store(s3, row: row + 3, column: column)
    }

    /// One row by `V.scalarCount` columns.
    @inline(__always)
    private func single<V: SIMD>(_: V.Type, row: Int, column: Int) where V.Scalar == Double {
        var sum = V(repeating: 0)
        let aRow = a + row * inner
        for k in 0..<inner {
            sum += V(repeating: aRow[k]) * b.lanes(V.self, k: k, column: column)
        }
        store(sum, row: row, column: column)
    }

    /// Four rows of the last, single column.
    @inline(__always)
    private func scalarBlock(row: Int, column: Int) {
        var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
        let a0 = a + row * inner, a1 = a0 + inner, a2 = a1 + inner, a3 = a2 + inner
        for k in 0..<inner {
            let value = b.element(k: k, column: column)
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
            sum += aRow[k] * b.element(k: k, column: column)
        }
        return sum
    }

    @inline(__always)
    private func store<V: SIMD>(_ sums: V, row: Int, column: Int) where V.Scalar == Double {
        c.storeBytes(of: sums, toByteOffset: (row * m + column) * 8, as: V.self)
    }

    @inline(__always)
    private func store(_ sum: Double, row: Int, column: Int) {
        c.storeBytes(of: sum, toByteOffset: (row * m + column) * 8, as: Double.self)
    }
}
