@testable import NumericCore

// Inputs for the tests that compare a lane-by-lane kernel with the C library or IEEE 754 operations,
// drawn from fixed seeds so that every run checks the same values.

/// `count` uniform draws in `range`.
func uniformDraws(_ count: Int, in range: ClosedRange<Double>, seed: UInt32) -> [Double] {
    var random = RandomState(seed: seed)
    return (0..<count).map { _ in range.lowerBound + (range.upperBound - range.lowerBound) * random.rand() }
}

/// `count` positive normal numbers spread over every binade, from 2⁻¹⁰²⁰ to 2¹⁰²⁰.
func binadeDraws(_ count: Int, seed: UInt32) -> [Double] {
    var random = RandomState(seed: seed)
    return (0..<count).map { _ in
        Double(sign: .plus, exponent: Int(random.randomInterval(2040)) - 1020, significand: 1 + random.rand())
    }
}

/// `edge` and its `count − 1` nearest numbers on each side.
func neighbours(of edge: Double, count: Int = 64) -> [Double] {
    var below = edge, above = edge, values: [Double] = []
    for _ in 0..<count {
        values += [below, above]
        below = below.nextDown
        above = above.nextUp
    }
    return values
}
