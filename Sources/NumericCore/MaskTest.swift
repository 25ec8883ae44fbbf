/// A comparison with one number, kept unapplied in a matrix that stands for its 0/1 mask (numpy's
/// booleans): the notebooks' `np.random.rand(…) < keep_prob` and `A > 0`, which they only multiply into
/// another matrix. `values * mask` then reads the compared elements and multiplies each by 1 or 0 in one
/// pass (``Matrix/*(_:_:)-(Matrix,Matrix)``), where numpy writes the mask first and reads it back.
///
/// Any comparison with NaN is false (0), as in numpy. Applied or not, the mask's elements and every
/// product with them have the same bits.
struct MaskTest: Sendable, Equatable {
    /// How an element is compared with `threshold`.
    enum Relation: Sendable {
        case less, greater, lessOrEqual, greaterOrEqual, equal
    }

    /// How an element is compared.
    let relation: Relation
    /// What it is compared with.
    let threshold: Double

    /// 1 where `x` passes the test, else 0.
    @inline(__always)
    func one(_ x: Double) -> Double {
        withLanes { scalar, _ in scalar(x) }
    }

    /// The mask of `elements`: 1 where an element passes, else 0.
    func mask(_ elements: [Double]) -> [Double] {
        [Double](count: elements.count) { result in
            elements.withUnsafeBufferPointer { source in
                guard let from = source.baseAddress, let to = result.baseAddress else { return }
                withLanes { scalar, lanes in LaneLoops.map(source.count, from, into: to, scalar, lanes) }
            }
        }
    }

    /// `values[i] * mask(compared[i])` for every `i`, in one pass.
    ///
    /// - Precondition: `values.count == compared.count`.
    func product(_ values: [Double], maskOf compared: [Double]) -> [Double] {
        [Double](count: values.count) { result in
            values.withUnsafeBufferPointer { values in
                compared.withUnsafeBufferPointer { compared in
                    guard let x = values.baseAddress, let y = compared.baseAddress, let to = result.baseAddress else { return }
                    withLanes { scalar, lanes in
                        LaneLoops.zip(values.count, x, y, into: to, { $0 * scalar($1) }, { $0 * lanes($1) })
                    }
                }
            }
        }
    }

    /// Calls `body` with the test as one element's mask and as four lanes', chosen once for a whole loop:
    /// the one place the relations are spelled.
    @inline(__always)
    private func withLanes<Result>(
        _ body: ((Double) -> Double, (LaneLoops.Lanes) -> LaneLoops.Lanes) -> Result
    ) -> Result {
        let t = threshold, splat = LaneLoops.Lanes(repeating: threshold)
        return switch relation {
        case .less: body({ $0 < t ? 1 : 0 }, { LaneLoops.ones(where: $0 .< splat) })
        case .greater: body({ $0 > t ? 1 : 0 }, { LaneLoops.ones(where: $0 .> splat) })
        case .lessOrEqual: body({ $0 <= t ? 1 : 0 }, { LaneLoops.ones(where: $0 .<= splat) })
        case .greaterOrEqual: body({ $0 >= t ? 1 : 0 }, { LaneLoops.ones(where: $0 .>= splat) })
        case .equal: body({ $0 == t ? 1 : 0 }, { LaneLoops.ones(where: $0 .== splat) })
        }
    }
}
