@testable import NumericCore
import Testing

/// A matrix divided by one number (`/`, `/=`) against IEEE 754 division one element at a time, bit for
/// bit: the refined quotients of `ConstantDivision` (where the package compiles it) and the lanes that
/// fall back to the divider, for divisors of every kind.
@Suite struct ConstantDivisionTests {
    /// Dividends of every kind: the trainings' activations, every binade from the smallest to the
    /// largest, exact multiples of the divisor (whose quotient may be a power of two), dividends whose
    /// quotients lie next to a midpoint between two doubles (the hardest to round), the edges of the
    /// range the refinements take, and the special values, in an order that mixes them within groups of
    /// four.
    private static func dividends(for divisor: Double) -> [Double] {
        var values = uniformDraws(200_000, in: 0...4, seed: 7)
        values += binadeDraws(200_000, seed: 8).enumerated().map { $0.offset % 3 == 0 ? -$0.element : $0.element }
        values += (0..<2_000).map { Double($0 - 1_000) * divisor }
        values += (0..<2_000).map { Double(1 << ($0 % 60)) * divisor }
        values += uniformDraws(100_000, in: 1...2, seed: 9).enumerated().map { index, q in
            let quotient = q * Double(sign: .plus, exponent: index % 40 - 20, significand: 1)
            return (quotient.ulp / 2 * divisor).addingProduct(divisor, quotient)  // d·(q + ulp/2), rounded once
        }
        values += [0x1p-500, 0x1p500.nextDown, 0x1p-500.nextDown, 0x1p500, -0x1p-500, -0x1p500.nextDown].flatMap { neighbours(of: $0, count: 8) }
        values += [0, -0.0, .infinity, -.infinity, .nan, .leastNonzeroMagnitude, -.leastNormalMagnitude,
                   .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 1, -1, divisor, -divisor]
        return values + [2.5, 0]
    }

    private static let divisors: [Double] = [
        0.86, 0.5, 0.8, 3, -0.86, 0.1, 0.3, 1.7, 1.0 / 3, 1.0.nextUp, 2.0.nextDown, 7e10, 3e-50, 0x1.8p-400, 0x1p400,
        1e-200, 1e300, 0, -0.0, .infinity, .nan, .leastNonzeroMagnitude,
    ]

    @Test(arguments: divisors)
    func quotientsHaveTheBitsOfDivision(_ divisor: Double) {
        let values = Self.dividends(for: divisor)
        let m = Matrix(rows: 1, columns: values.count, data: values)
        var inPlace = m
        inPlace /= divisor
        let quotients = (m / divisor).storage
        var mismatches = 0
        for (index, x) in values.enumerated() {
            let want = x / divisor
            for got in [quotients[index], inPlace.storage[index]]
            where got.bitPattern != want.bitPattern && !(got.isNaN && want.isNaN) {
                if mismatches < 5 { Issue.record("\(x) / \(divisor): \(got), IEEE \(want)") }
                mismatches += 1
            }
        }
        #expect(mismatches == 0)
    }
}
