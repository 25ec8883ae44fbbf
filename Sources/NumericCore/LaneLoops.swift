/// Element-wise loops over contiguous `Double` buffers, four neighbouring elements at a time.
///
/// Each loop takes the operation twice: on one element and on four lanes. The lane form must do the
/// same IEEE 754 operations per lane as the scalar form (no fused multiply-add, nothing reordered), so
/// every element gets the bits the scalar operation gives it; the scalar form handles the last
/// `count % 4` elements. The result may be one of the sources (an in-place update): each block of
/// four is loaded before it is stored.
enum LaneLoops {
    /// The lanes the loops work on: four `Double`s, two SSE2 registers on baseline x86-64.
    typealias Lanes = SIMD4<Double>

    /// `result[i] = scalar(source[i])` for `i` in `0..<count`.
    @inline(__always)
    static func map(
        _ count: Int, _ source: UnsafePointer<Double>, into result: UnsafeMutablePointer<Double>,
        _ scalar: (Double) -> Double, _ lanes: (Lanes) -> Lanes
    ) {
        var index = 0
        while index + 4 <= count {
            let x = UnsafeRawPointer(source + index).loadUnaligned(as: Lanes.self)
            UnsafeMutableRawPointer(result + index).storeBytes(of: lanes(x), as: Lanes.self)
            index += 4
        }
        while index < count {
            result[index] = scalar(source[index])
            index += 1
        }
    }

    /// `result[i] = scalar(a[i], b[i])` for `i` in `0..<count`.
    @inline(__always)
    static func zip(
        _ count: Int, _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, into result: UnsafeMutablePointer<Double>,
        _ scalar: (Double, Double) -> Double, _ lanes: (Lanes, Lanes) -> Lanes
    ) {
        var index = 0
        while index + 4 <= count {
            let x = UnsafeRawPointer(a + index).loadUnaligned(as: Lanes.self)
            let y = UnsafeRawPointer(b + index).loadUnaligned(as: Lanes.self)
            UnsafeMutableRawPointer(result + index).storeBytes(of: lanes(x, y), as: Lanes.self)
            index += 4
        }
        while index < count {
            result[index] = scalar(a[index], b[index])
            index += 1
        }
    }

    /// 1 in the lanes where `mask` is true, else 0: numpy's booleans as a 0/1 mask.
    @inline(__always)
    static func ones(where mask: SIMDMask<SIMD4<Int64>>) -> Lanes {
        Lanes(repeating: 0).replacing(with: 1, where: mask)
    }
}
