/// numpy's pairwise summation of float64, the algorithm behind `np.sum` and `np.add.reduce`.
///
/// This is `pairwise_sum` from numpy's `loops_utils.h.src`, step for step, so a sum over contiguous data
/// is bit-identical to numpy's:
/// - fewer than 8 elements: `0.0 + x₀ + x₁ + …` in order;
/// - 8 to 128 elements: eight running sums `r[k] = x_k + x_{k+8} + …` over the largest multiple of 8,
///   combined as `((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))`, then the remaining 0–7 elements
///   added in order;
/// - more than 128: split at `n2 = n/2` rounded down to a multiple of 8 and add the two halves' sums.
///
/// The rounding error grows like O(log n) instead of the O(n) of a sequential loop.
///
/// - Parameters:
///   - base: The first element.
///   - count: Number of elements.
///   - stride: Distance in elements between consecutive elements (1 for contiguous data).
/// - Returns: The sum, `0.0` when `count` is 0.
func pairwiseSum(_ base: UnsafePointer<Double>, count: Int, stride: Int) -> Double {
    if count < 8 {
        var sum = 0.0
        for i in 0..<count { sum += base[i * stride] }
        return sum
    }
    if count <= 128 && stride == 1 { return blockSum(base, count: count) }
    if count <= 128 {
        var r0 = base[0], r1 = base[stride], r2 = base[2 * stride], r3 = base[3 * stride]
        var r4 = base[4 * stride], r5 = base[5 * stride], r6 = base[6 * stride], r7 = base[7 * stride]
        var i = 8
        let unrolled = count - count % 8
        while i < unrolled {
            let p = base + i * stride
            r0 += p[0]; r1 += p[stride]; r2 += p[2 * stride]; r3 += p[3 * stride]
            r4 += p[4 * stride]; r5 += p[5 * stride]; r6 += p[6 * stride]; r7 += p[7 * stride]
            i += 8
        }
        var sum = combined(SIMD8(r0, r1, r2, r3, r4, r5, r6, r7))
        while i < count {
            sum += base[i * stride]
            i += 1
        }
        return sum
    }
    let half = firstPart(of: count)
    return pairwiseSum(base, count: half, stride: stride)
        + pairwiseSum(base + half * stride, count: count - half, stride: stride)
}

/// ``pairwiseSum(_:count:stride:)`` for 8 to 128 contiguous elements: the eight running sums are the
/// eight lanes of one `SIMD8`, each lane adding the same elements in the same order as its scalar
/// `r[k]`, then combined in numpy's order.
@inline(__always)
private func blockSum(_ base: UnsafePointer<Double>, count: Int) -> Double {
    typealias Lanes = SIMD8<Double>
    var r = UnsafeRawPointer(base).loadUnaligned(as: Lanes.self)
    var i = 8
    let unrolled = count - count % 8
    while i < unrolled {
        r += UnsafeRawPointer(base + i).loadUnaligned(as: Lanes.self)
        i += 8
    }
    var sum = combined(r)
    while i < count {
        sum += base[i]
        i += 1
    }
    return sum
}

/// ``pairwiseSum(_:count:stride:)`` of four contiguous rows of `count` elements, `rowStep` elements apart,
/// at once: lane `r` is row `r`'s sum, each row's elements added in the order the one-row sum adds them.
/// A row's running sums form one chain of dependent adds; four rows' chains are independent, so four rows
/// take about the time of one (the row sums `sum(axis: 1)` of a layer's gradient).
func pairwiseSums(ofFourRowsFrom base: UnsafePointer<Double>, rowStep: Int, count: Int) -> SIMD4<Double> {
    func column(_ i: Int) -> SIMD4<Double> {
        SIMD4(base[i], base[rowStep + i], base[2 * rowStep + i], base[3 * rowStep + i])
    }
    if count < 8 {
        var sums = SIMD4<Double>(repeating: 0)
        for i in 0..<count { sums += column(i) }
        return sums
    }
    if count <= 128 {
        typealias Lanes = SIMD8<Double>
        func block(_ row: Int, _ i: Int) -> Lanes {
            UnsafeRawPointer(base + row * rowStep + i).loadUnaligned(as: Lanes.self)
        }
        var r0 = block(0, 0), r1 = block(1, 0), r2 = block(2, 0), r3 = block(3, 0)
        var i = 8
        let unrolled = count - count % 8
        while i < unrolled {
            r0 += block(0, i)
            r1 += block(1, i)
            r2 += block(2, i)
            r3 += block(3, i)
            i += 8
        }
        var sums = SIMD4(combined(r0), combined(r1), combined(r2), combined(r3))
        while i < count {
            sums += column(i)
            i += 1
        }
        return sums
    }
    let half = firstPart(of: count)
    return pairwiseSums(ofFourRowsFrom: base, rowStep: rowStep, count: half)
        + pairwiseSums(ofFourRowsFrom: base + half, rowStep: rowStep, count: count - half)
}

/// numpy's combination of the eight running sums: `((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))`.
@inline(__always)
private func combined(_ r: SIMD8<Double>) -> Double {
    ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
}

/// Where numpy splits more than 128 elements: the first part's count, `count / 2` rounded down to a
/// multiple of 8.
@inline(__always)
private func firstPart(of count: Int) -> Int {
    let half = count / 2
    return half - half % 8
}
