import Foundation

/// The ticks of one plot axis: round values (multiples of 1, 2 or 5 × 10ᵏ) inside the axis's range,
/// about five of them, labelled with as many decimals as the step needs (`0.2`, `0.4`; `1000`, `2000`).
struct AxisTicks {
    /// The distance between neighbouring ticks.
    let step: Double
    /// The tick values, ascending, all inside the range.
    let values: [Double]

    /// The ticks of an axis showing `range`, which must not be empty.
    init(_ range: ClosedRange<Double>) {
        let span = range.upperBound - range.lowerBound
        let power = pow(10, log10(span / 5).rounded(.down))
        let step = [1.0, 2, 5, 10].map { $0 * power }.min { abs(span / $0 - 5) < abs(span / $1 - 5) }!
        let first = (range.lowerBound / step).rounded(.up), last = (range.upperBound / step).rounded(.down)
        self.step = step
        self.values = stride(from: first, through: last, by: 1).map { $0 * step }
    }

    /// A tick's label: no more decimals than the step has, and never `-0`.
    func label(_ value: Double) -> String {
        let decimals = Swift.max(0, Int(-log10(step).rounded(.down)))
        let text = String(format: "%.\(decimals)f", value)
        return Double(text) == 0 ? String(format: "%.\(decimals)f", 0.0) : text
    }
}
