import Fixtures
import NumericCore

/// A wrong matrix that is the expected one times a constant: a scale factor is off (He's √2, a missing
/// 1/m, a sign), which a student can fix once named.
enum ScaleFactor {
    /// The factors worth naming by their form, with the value each stands for.
    static let named: [(name: String, value: Double)] = [
        ("√2", 2.0.squareRoot()), ("1/√2", 1 / 2.0.squareRoot()), ("2", 2), ("1/2", 0.5), ("−1", -1),
        ("10", 10), ("1/10", 0.1),
    ]

    /// The constant `c` with actual ≈ c · expected for every element, when there is one and it is not 1:
    /// every element with a non-zero expected value gives the same ratio within 1e-7, and elements
    /// expected zero are zero.
    static func common(expected: Value?, actual: Value?) -> Double? {
        guard case .matrix(let want)? = expected, case .matrix(let got)? = actual,
              want.rows == got.rows, want.columns == got.columns, want.count > 1 else { return nil }
        var ratio: Double?
        for (x, y) in zip(want.storage, got.storage) {
            guard x.isFinite, y.isFinite else { return nil }
            if x == 0 {
                guard y == 0 else { return nil }
                continue
            }
            let r = y / x
            if let known = ratio {
                guard abs(r - known) <= 1e-7 * abs(known) else { return nil }
            } else {
                ratio = r
            }
        }
        guard let ratio, abs(ratio - 1) > 1e-7, ratio != 0 else { return nil }
        return ratio
    }

    /// "every value is the expected one times 1/√2 (0.70710678)": the sentence for a common factor.
    static func sentence(_ factor: Double) -> String {
        let name = named.first { abs($0.value - factor) <= 1e-7 * abs($0.value) }?.name
        let number = NumpyText.scalar(factor)
        return "every value is the expected one times " + (name.map { "\($0) (\(number))" } ?? number)
            + ": a scale factor is off"
    }
}
