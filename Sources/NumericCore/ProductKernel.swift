/// The inner loops of ``Matrix/dot(_:)``: `c = a · b (+ bias)` for row-major `a` (n × inner), `b`
/// (inner × m) and `c` (n × m), with an optional `bias` of n elements added to each row of the sums.
///
/// Every element `c[i, j]` is its own running sum `((0 + a_i0·b_0j) + a_i1·b_1j) + …`, in order of k,
/// with separate multiply and add, then `+ bias[i]`. A tile of the result, some rows by some neighbouring
/// columns held as SIMD lanes, is summed in one pass over k: its rows and lane vectors are independent
/// sums kept in registers at once, so a long inner dimension is not bound by the latency of one chain
/// of adds, and no element is added in another order than a one-at-a-time loop would add it.
///
/// Tiles are chosen by shape:
/// - A result of at most eight columns (a gradient `dZ · Aᵀ`, whose inner dimension is the examples)
///   holds each row as one vector of 2, 4 or 8 lanes, and sums eight rows at a time: eight chains. Of at
///   most two columns (`dW1 = dZ1 · Xᵀ` of two features), two rows share one vector of four lanes.
/// - A wider result sums blocks of eight columns: four rows by one block, two rows by two blocks, or one
///   row by four blocks, four chains each; the last `m % 8` columns are one vector of 2, 4 or 8 lanes.
///   The last two rows or one row of a result of 17 to 24 columns are summed whole in one pass.
///
/// A vector wider than the columns it sums reads on into the next row of `b`, so its extra lanes hold
/// sums of other elements: they are never stored. Near the end of `b`, where that read would leave the
/// buffer, the vector is filled lane by lane instead (zeros past the columns).
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

    /// The lanes of one block of a wide result.
    private typealias Block = SIMD8<Double>

    /// Computes every element of the result.
    func run() {
        if m <= 2 {
            narrowInPairs()
        } else if m <= 4 {
            narrow(SIMD4<Double>.self)
        } else if m <= Block.scalarCount {
            narrow(Block.self)
        } else {
            wide()
        }
    }

    /// A result of at most `V.scalarCount` columns, each row one vector: eight rows at a time, then four.
    /// The last three rows are one pass of four chains, the fourth repeating the last row and not
    /// stored: a pass of four chains takes the latency of one add per k, as a pass of one does, so it
    /// costs half the passes of two and one it replaces.
    private func narrow<V: SIMD>(_: V.Type) where V.Scalar == Double {
        var row = 0
        while row + 8 <= n {
            eightRows(V.self, row: row, column: 0, width: m)
            row += 8
        }
        if row + 4 <= n {
            fourRows(V.self, row: row, column: 0, width: m)
            row += 4
        }
        switch n - row {
        case 3: fourRows(V.self, row: row, column: 0, width: m, rows: 3)
        case 2: twoRows(V.self, row: row, column: 0, width: m)
        case 1: oneRow(V.self, row: row, column: 0, width: m)
        default: break
        }
    }

    /// A result of at most two columns: two rows share a vector of four lanes, the first row's sums in
    /// the low half, the second's in the high half, so each add does the work of two in `narrow`'s
    /// two-lane vectors. Eight rows at a time, then four; the last rows as `narrow` sums them.
    private func narrowInPairs() {
        var row = 0
        while row + 8 <= n {
            eightRowsInPairs(row: row)
            row += 8
        }
        if row + 4 <= n {
            fourRowsInPairs(row: row)
            row += 4
        }
        switch n - row {
        case 3: fourRows(SIMD2<Double>.self, row: row, column: 0, width: m, rows: 3)
        case 2: twoRows(SIMD2<Double>.self, row: row, column: 0, width: m)
        case 1: oneRow(SIMD2<Double>.self, row: row, column: 0, width: m)
        default: break
        }
    }

    /// Eight rows of a result of at most two columns, two rows to a vector: four chains.
    @inline(__always)
    private func eightRowsInPairs(row: Int) {
        var s01 = Pair(repeating: 0), s23 = s01, s45 = s01, s67 = s01
        let a0 = a + row * inner, a1 = a0 + inner, a2 = a1 + inner, a3 = a2 + inner
        let a4 = a3 + inner, a5 = a4 + inner, a6 = a5 + inner, a7 = a6 + inner
        forEachDepth(SIMD2<Double>.self, column: 0, width: m) { k, b in
            let twice = Pair(lowHalf: b, highHalf: b)
            s01 += Self.pair(a0[k], a1[k]) * twice
            s23 += Self.pair(a2[k], a3[k]) * twice
            s45 += Self.pair(a4[k], a5[k]) * twice
            s67 += Self.pair(a6[k], a7[k]) * twice
        }
        for (offset, sums) in [s01, s23, s45, s67].enumerated() {
            store(sums.lowHalf, row: row + 2 * offset, column: 0, width: m)
            store(sums.highHalf, row: row + 2 * offset + 1, column: 0, width: m)
        }
    }

    /// Four rows of a result of at most two columns, two rows to a vector: two chains.
    @inline(__always)
    private func fourRowsInPairs(row: Int) {
        var s01 = Pair(repeating: 0), s23 = s01
        let a0 = a + row * inner, a1 = a0 + inner, a2 = a1 + inner, a3 = a2 + inner
        forEachDepth(SIMD2<Double>.self, column: 0, width: m) { k, b in
            let twice = Pair(lowHalf: b, highHalf: b)
            s01 += Self.pair(a0[k], a1[k]) * twice
            s23 += Self.pair(a2[k], a3[k]) * twice
        }
        for (offset, sums) in [s01, s23].enumerated() {
            store(sums.lowHalf, row: row + 2 * offset, column: 0, width: m)
            store(sums.highHalf, row: row + 2 * offset + 1, column: 0, width: m)
        }
    }

    /// Two rows' lanes of a result of at most two columns.
    private typealias Pair = SIMD4<Double>

    /// `(x, x, y, y)`: one element of each of two rows of `a`, for both columns.
    @inline(__always)
    private static func pair(_ x: Double, _ y: Double) -> Pair {
        Pair(lowHalf: SIMD2(repeating: x), highHalf: SIMD2(repeating: y))
    }

    /// A result of more than eight columns: four rows at a time, then two and one.
    private func wide() {
        var row = 0
        while row + 4 <= n {
            var column = 0
            while column + Block.scalarCount <= m {
                fourRows(Block.self, row: row, column: column, width: Block.scalarCount)
                column += Block.scalarCount
            }
            lastColumns(rows: 4, row: row, column: column)
            row += 4
        }
        if row + 2 <= n, m > 2 * Block.scalarCount, m <= 3 * Block.scalarCount {
            lastBlocks(rows: 2, row: row)
            row += 2
        } else if row + 2 <= n {
            var column = 0
            while column + 2 * Block.scalarCount <= m {
                twoRowsTwoBlocks(row: row, column: column)
                column += 2 * Block.scalarCount
            }
            if column + Block.scalarCount <= m {
                twoRows(Block.self, row: row, column: column, width: Block.scalarCount)
                column += Block.scalarCount
            }
            lastColumns(rows: 2, row: row, column: column)
            row += 2
        }
        if row < n, m > 2 * Block.scalarCount, m <= 3 * Block.scalarCount {
            lastBlocks(rows: 1, row: row)
        } else if row < n {
            var column = 0
            while column + 4 * Block.scalarCount <= m {
                oneRowFourBlocks(row: row, column: column)
                column += 4 * Block.scalarCount
            }
            while column + Block.scalarCount <= m {
                oneRow(Block.self, row: row, column: column, width: Block.scalarCount)
                column += Block.scalarCount
            }
            lastColumns(rows: 1, row: row, column: column)
        }
    }

    /// The columns from `column` to `m`, fewer than a block, of `rows` rows (4, 2 or 1) from `row`, as one
    /// vector of the narrowest width that holds them; nothing when there are none.
    private func lastColumns(rows: Int, row: Int, column: Int) {
        let width = m - column
        if width <= 0 { return }
        if width <= 2 {
            rowTile(SIMD2<Double>.self, rows: rows, row: row, column: column, width: width)
        } else if width <= 4 {
            rowTile(SIMD4<Double>.self, rows: rows, row: row, column: column, width: width)
        } else {
            rowTile(SIMD8<Double>.self, rows: rows, row: row, column: column, width: width)
        }
    }

    /// `rows` rows (2 or 1) of a result of 17 to 24 columns (a layer of 20 units), in one pass: two whole
    /// blocks and the last columns as one vector of the narrowest width that holds them.
    private func lastBlocks(rows: Int, row: Int) {
        let width = m - 2 * Block.scalarCount
        if width <= 2 {
            blocksAndTail(SIMD2<Double>.self, rows: rows, row: row, width: width)
        } else if width <= 4 {
            blocksAndTail(SIMD4<Double>.self, rows: rows, row: row, width: width)
        } else {
            blocksAndTail(SIMD8<Double>.self, rows: rows, row: row, width: width)
        }
    }

    /// `rows` rows (2 or 1) by two whole blocks and the `width` columns after them.
    @inline(__always)
    private func blocksAndTail<V: SIMD>(_: V.Type, rows: Int, row: Int, width: Int) where V.Scalar == Double {
        if rows == 2 {
            twoRowsTwoBlocksAndTail(V.self, row: row, width: width)
        } else {
            oneRowTwoBlocksAndTail(V.self, row: row, width: width)
        }
    }

    /// Two rows by two whole blocks and the `width` columns after them: six chains.
    @inline(__always)
    private func twoRowsTwoBlocksAndTail<V: SIMD>(_: V.Type, row: Int, width: Int) where V.Scalar == Double {
        let tailColumn = 2 * Block.scalarCount
        var s00 = Block(repeating: 0), s01 = s00, s10 = s00, s11 = s00
        var t0 = V(repeating: 0), t1 = t0
        let a0 = a + row * inner, a1 = a0 + inner
        forEachDepth(V.self, column: tailColumn, width: width) { k, tail in
            let b0 = block(k: k, column: 0), b1 = block(k: k, column: Block.scalarCount)
            let x0 = a0[k], x1 = a1[k]
            s00 += Block(repeating: x0) * b0
            s01 += Block(repeating: x0) * b1
            t0 += V(repeating: x0) * tail
            s10 += Block(repeating: x1) * b0
            s11 += Block(repeating: x1) * b1
            t1 += V(repeating: x1) * tail
        }
        store(s00, row: row, column: 0, width: Block.scalarCount)
        store(s01, row: row, column: Block.scalarCount, width: Block.scalarCount)
        store(t0, row: row, column: tailColumn, width: width)
        store(s10, row: row + 1, column: 0, width: Block.scalarCount)
        store(s11, row: row + 1, column: Block.scalarCount, width: Block.scalarCount)
        store(t1, row: row + 1, column: tailColumn, width: width)
    }

    /// One row by two whole blocks and the `width` columns after them: three chains.
    @inline(__always)
    private func oneRowTwoBlocksAndTail<V: SIMD>(_: V.Type, row: Int, width: Int) where V.Scalar == Double {
        let tailColumn = 2 * Block.scalarCount
        var s0 = Block(repeating: 0), s1 = s0
        var t = V(repeating: 0)
        let aRow = a + row * inner
        forEachDepth(V.self, column: tailColumn, width: width) { k, tail in
            let x = aRow[k]
            s0 += Block(repeating: x) * block(k: k, column: 0)
            s1 += Block(repeating: x) * block(k: k, column: Block.scalarCount)
            t += V(repeating: x) * tail
        }
        store(s0, row: row, column: 0, width: Block.scalarCount)
        store(s1, row: row, column: Block.scalarCount, width: Block.scalarCount)
        store(t, row: row, column: tailColumn, width: width)
    }

    /// `rows` rows (4, 2 or 1) by the `width` columns from `column`.
    @inline(__always)
    private func rowTile<V: SIMD>(_: V.Type, rows: Int, row: Int, column: Int, width: Int) where V.Scalar == Double {
        switch rows {
        case 4: fourRows(V.self, row: row, column: column, width: width)
        case 2: twoRows(V.self, row: row, column: column, width: width)
        default: oneRow(V.self, row: row, column: column, width: width)
        }
    }

    /// Calls `body(k, b[k, column ..< column + V.scalarCount])` for every k in order. Lanes past the
    /// first `width` hold the next row's elements, or zeros where that would read past the end of `b`.
    @inline(__always)
    private func forEachDepth<V: SIMD>(
        _: V.Type, column: Int, width: Int, _ body: (Int, V) -> Void
    ) where V.Scalar == Double {
        // k·m + column + V.scalarCount ≤ inner·m: the whole vector lies inside `b`, for every k when the
        // vector lies inside a row.
        let slack = inner * m - column - V.scalarCount
        let readable = width == V.scalarCount ? inner : slack < 0 ? 0 : Swift.min(inner, slack / m + 1)
        for k in 0..<readable {
            body(k, UnsafeRawPointer(b + k * m + column).loadUnaligned(as: V.self))
        }
        for k in readable..<inner {
            var lanes = V(repeating: 0)
            for lane in 0..<width { lanes[lane] = b[k * m + column + lane] }
            body(k, lanes)
        }
    }

    /// Eight rows by the `width` columns from `column`.
    @inline(__always)
    private func eightRows<V: SIMD>(_: V.Type, row: Int, column: Int, width: Int) where V.Scalar == Double {
        var s0 = V(repeating: 0), s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0, s6 = s0, s7 = s0
        let a0 = a + row * inner, a1 = a0 + inner, a2 = a1 + inner, a3 = a2 + inner
        let a4 = a3 + inner, a5 = a4 + inner, a6 = a5 + inner, a7 = a6 + inner
        forEachDepth(V.self, column: column, width: width) { k, b in
            s0 += V(repeating: a0[k]) * b
            s1 += V(repeating: a1[k]) * b
            s2 += V(repeating: a2[k]) * b
            s3 += V(repeating: a3[k]) * b
            s4 += V(repeating: a4[k]) * b
            s5 += V(repeating: a5[k]) * b
            s6 += V(repeating: a6[k]) * b
            s7 += V(repeating: a7[k]) * b
        }
        store(s0, row: row, column: column, width: width)
        store(s1, row: row + 1, column: column, width: width)
        store(s2, row: row + 2, column: column, width: width)
        store(s3, row: row + 3, column: column, width: width)
        store(s4, row: row + 4, column: column, width: width)
        store(s5, row: row + 5, column: column, width: width)
        store(s6, row: row + 6, column: column, width: width)
        store(s7, row: row + 7, column: column, width: width)
    }

    /// `rows` rows (at most four) by the `width` columns from `column`, as four chains.
    @inline(__always)
    private func fourRows<V: SIMD>(_: V.Type, row: Int, column: Int, width: Int, rows: Int = 4) where V.Scalar == Double {
        var s0 = V(repeating: 0), s1 = s0, s2 = s0, s3 = s0
        let a0 = rowOfA(row, of: rows, 0), a1 = rowOfA(row, of: rows, 1)
        let a2 = rowOfA(row, of: rows, 2), a3 = rowOfA(row, of: rows, 3)
        forEachDepth(V.self, column: column, width: width) { k, b in
            s0 += V(repeating: a0[k]) * b
            s1 += V(repeating: a1[k]) * b
            s2 += V(repeating: a2[k]) * b
            s3 += V(repeating: a3[k]) * b
        }
        store(s0, row: row, column: column, width: width)
        if rows > 1 { store(s1, row: row + 1, column: column, width: width) }
        if rows > 2 { store(s2, row: row + 2, column: column, width: width) }
        if rows > 3 { store(s3, row: row + 3, column: column, width: width) }
    }

    /// Two rows by the `width` columns from `column`.
    @inline(__always)
    private func twoRows<V: SIMD>(_: V.Type, row: Int, column: Int, width: Int) where V.Scalar == Double {
        var s0 = V(repeating: 0), s1 = s0
        let a0 = a + row * inner, a1 = a0 + inner
        forEachDepth(V.self, column: column, width: width) { k, b in
            s0 += V(repeating: a0[k]) * b
            s1 += V(repeating: a1[k]) * b
        }
        store(s0, row: row, column: column, width: width)
        store(s1, row: row + 1, column: column, width: width)
    }

    /// One row by the `width` columns from `column`.
    @inline(__always)
    private func oneRow<V: SIMD>(_: V.Type, row: Int, column: Int, width: Int) where V.Scalar == Double {
        var sums = V(repeating: 0)
        let aRow = a + row * inner
        forEachDepth(V.self, column: column, width: width) { k, b in
            sums += V(repeating: aRow[k]) * b
        }
        store(sums, row: row, column: column, width: width)
    }

    /// Two rows by two whole blocks from `column`.
    private func twoRowsTwoBlocks(row: Int, column: Int) {
        var s00 = Block(repeating: 0), s01 = s00, s10 = s00, s11 = s00
        let a0 = a + row * inner, a1 = a0 + inner
        for k in 0..<inner {
            let b0 = block(k: k, column: column), b1 = block(k: k, column: column + Block.scalarCount)
            let x0 = Block(repeating: a0[k]), x1 = Block(repeating: a1[k])
            s00 += x0 * b0
            s01 += x0 * b1
            s10 += x1 * b0
            s11 += x1 * b1
        }
        store(s00, row: row, column: column, width: Block.scalarCount)
        store(s01, row: row, column: column + Block.scalarCount, width: Block.scalarCount)
        store(s10, row: row + 1, column: column, width: Block.scalarCount)
        store(s11, row: row + 1, column: column + Block.scalarCount, width: Block.scalarCount)
    }

    /// One row by four whole blocks from `column`.
    private func oneRowFourBlocks(row: Int, column: Int) {
        var s0 = Block(repeating: 0), s1 = s0, s2 = s0, s3 = s0
        let aRow = a + row * inner
        let lane = Block.scalarCount
        for k in 0..<inner {
            let x = Block(repeating: aRow[k])
            s0 += x * block(k: k, column: column)
            s1 += x * block(k: k, column: column + lane)
            s2 += x * block(k: k, column: column + 2 * lane)
            s3 += x * block(k: k, column: column + 3 * lane)
        }
        store(s0, row: row, column: column, width: lane)
        store(s1, row: row, column: column + lane, width: lane)
        store(s2, row: row, column: column + 2 * lane, width: lane)
        store(s3, row: row, column: column + 3 * lane, width: lane)
    }

    /// Row `row + offset` of `a`, or its last row when a tile of `rows` rows ends before `offset`: the
    /// chain that reads it is not stored.
    @inline(__always)
    private func rowOfA(_ row: Int, of rows: Int, _ offset: Int) -> UnsafePointer<Double> {
        a + (row + Swift.min(offset, rows - 1)) * inner
    }

    /// The block of row k of `b` from `column`, which lies inside the row.
    @inline(__always)
    private func block(k: Int, column: Int) -> Block {
        UnsafeRawPointer(b + k * m + column).loadUnaligned(as: Block.self)
    }

    /// Stores the first `width` lanes of `sums` (plus the row's bias) at (row, column).
    @inline(__always)
    private func store<V: SIMD>(_ sums: V, row: Int, column: Int, width: Int) where V.Scalar == Double {
        let value = bias.map { sums + V(repeating: $0[row]) } ?? sums
        if width == V.scalarCount {
            c.storeBytes(of: value, toByteOffset: (row * m + column) * 8, as: V.self)
        } else {
            for lane in 0..<width {
                c.storeBytes(of: value[lane], toByteOffset: (row * m + column + lane) * 8, as: Double.self)
            }
        }
    }
}
