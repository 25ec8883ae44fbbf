/// The loops of ``Matrix/transposed``: `result[j, i] = source[i, j]` for a row-major `source` of
/// `rows × columns` and a row-major `result` of `columns × rows`.
///
/// Blocks of four rows by four columns are read as four `SIMD4` rows, turned in registers and written as
/// four `SIMD4` rows of the result; the last `rows % 4` rows and `columns % 4` columns are copied one
/// element at a time. A source of two or three rows (`X.T`, `A2.T` in the notebooks) has result rows too
/// short for blocks: its rows are interleaved four columns at a time. A transpose only moves elements,
/// so every bit is kept.
struct TransposeKernel {
    /// The source's first element.
    let source: UnsafePointer<Double>
    /// The result's first element.
    let result: UnsafeMutablePointer<Double>
    /// Rows of the source (columns of the result).
    let rows: Int
    /// Columns of the source (rows of the result).
    let columns: Int

    /// Writes every element of the result.
    func run() {
        if rows == 1 || columns == 1 {
            result.update(from: source, count: rows &* columns)
            return
        }
        if rows == 2 || rows == 3 {
            interleave()
            return
        }
        // Four rows of the result at a time, each written whole from its start: every line of the
        // result is filled once, and the source's lines, read four columns at a time, stay in the
        // first-level cache from one band of four columns to the next.
        var j = 0
        while j &+ 4 <= columns {
            var i = 0
            while i &+ 4 <= rows {
                block(row: i, column: j)
                i &+= 4
            }
            while i < rows {
                for k in 0..<4 { result[(j &+ k) &* rows &+ i] = source[i &* columns &+ j &+ k] }
                i &+= 1
            }
            j &+= 4
        }
        while j < columns {
            let resultRow = result + j &* rows
            for i in 0..<rows { resultRow[i] = source[i &* columns &+ j] }
            j &+= 1
        }
    }

    /// The result of a source of two or three rows: each band of four columns of the source is one run
    /// of eight or twelve elements of the result, the rows' elements interleaved.
    private func interleave() {
        typealias Lanes = SIMD4<Double>
        func load(_ row: Int, _ column: Int) -> Lanes {
            UnsafeRawPointer(source + (row &* columns &+ column)).loadUnaligned(as: Lanes.self)
        }
        func store(_ lanes: Lanes, _ offset: Int) {
            UnsafeMutableRawPointer(result + offset).storeBytes(of: lanes, as: Lanes.self)
        }
        var j = 0
        if rows == 2 {
            while j &+ 4 <= columns {
                let (a, b) = (load(0, j), load(1, j))
                store(Lanes(a[0], b[0], a[1], b[1]), j &* 2)
                store(Lanes(a[2], b[2], a[3], b[3]), j &* 2 &+ 4)
                j &+= 4
            }
        } else {
            while j &+ 4 <= columns {
                let (a, b, c) = (load(0, j), load(1, j), load(2, j))
                store(Lanes(a[0], b[0], c[0], a[1]), j &* 3)
                store(Lanes(b[1], c[1], a[2], b[2]), j &* 3 &+ 4)
                store(Lanes(c[2], a[3], b[3], c[3]), j &* 3 &+ 8)
                j &+= 4
            }
        }
        while j < columns {
            for i in 0..<rows { result[j &* rows &+ i] = source[i &* columns &+ j] }
            j &+= 1
        }
    }

    /// The four-by-four block whose top-left element is `(row, column)` of the source.
    @inline(__always)
    private func block(row: Int, column: Int) {
        typealias Lanes = SIMD4<Double>
        func load(_ k: Int) -> Lanes {
            UnsafeRawPointer(source + ((row &+ k) &* columns &+ column)).loadUnaligned(as: Lanes.self)
        }
        func store(_ lanes: Lanes, _ k: Int) {
            UnsafeMutableRawPointer(result + ((column &+ k) &* rows &+ row)).storeBytes(of: lanes, as: Lanes.self)
        }
        let (a, b, c, d) = (load(0), load(1), load(2), load(3))
        store(Lanes(a[0], b[0], c[0], d[0]), 0)
        store(Lanes(a[1], b[1], c[1], d[1]), 1)
        store(Lanes(a[2], b[2], c[2], d[2]), 2)
        store(Lanes(a[3], b[3], c[3], d[3]), 3)
    }
}
