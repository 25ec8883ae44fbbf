/// How numpy prints the floats of one array: positional or scientific, with shared padding.
///
/// A port of numpy's `FloatingFormat` for the default print options (`floatmode='maxprec'`, sign `-`,
/// no small-number suppression): the mode and the widths are chosen from all finite values, so the
/// columns of a printed matrix line up. Scientific notation is used when the largest non-zero
/// magnitude is at least 1e8, the smallest is below 1e-4, or their ratio exceeds 1000.
struct FloatFormat {
    /// At most this many digits after the point (positional) or after the first digit (scientific);
    /// `nil` prints the shortest text that reads back to the value.
    let precision: Int?
    /// True for scientific notation.
    let isScientific: Bool
    /// Width of the integer part (with sign), right-aligned.
    private var padLeft = 0
    /// Width of the fraction part (positional) or of everything after the integer digit (scientific).
    private var padRight = 0
    /// Digits of the exponent (scientific only).
    private var exponentDigits = 2
    /// Digits after the point every value shows in scientific notation: more digits of the exact
    /// value where its shortest text is shorter, as numpy's `min_digits` does.
    private var minimumMantissaDigits = 0

    /// Chooses the format for `values`, as numpy does for an array holding them.
    init(for values: [Double], precision: Int? = 8) {
        self.precision = precision
        let finite = values.filter(\.isFinite)
        let magnitudes = finite.filter { $0 != 0 }.map(abs)
        if let largest = magnitudes.max(), let smallest = magnitudes.min() {
            isScientific = largest >= 1e8 || smallest < 1e-4 || largest / smallest > 1000
        } else {
            isScientific = false
        }
        if !finite.isEmpty {
            if isScientific {
                let parts = finite.map { DecimalDigits($0, mantissaDigits: precision).scientificParts }
                exponentDigits = max(2, parts.map { String(abs($0.exponent)).count }.max() ?? 2)
                minimumMantissaDigits = parts.map(\.fraction.count).max() ?? 0
                padLeft = parts.map(\.integer.count).max() ?? 0
                padRight = exponentDigits + 2 + minimumMantissaDigits
            } else {
                let parts = finite.map { DecimalDigits($0, fractionDigits: precision).positionalParts }
                padLeft = parts.map(\.integer.count).max() ?? 0
                padRight = parts.map(\.fraction.count).max() ?? 0
            }
        }
        if finite.count < values.count {
            let signWidth = values.contains(-.infinity) ? 1 : 0
            padLeft = max(padLeft, "nan".count - (padRight + 1), "inf".count + signWidth - (padRight + 1))
        }
    }

    /// The value as one element of the array, padded to the shared width.
    func string(_ value: Double) -> String {
        guard value.isFinite else {
            let text = value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf")
            return String(repeating: " ", count: max(0, padLeft + padRight + 1 - text.count)) + text
        }
        if isScientific {
            var digits = DecimalDigits(value, mantissaDigits: precision)
            if digits.digits.count - 1 < minimumMantissaDigits {
                digits = DecimalDigits(value, exactMantissaDigits: minimumMantissaDigits)
            }
            let parts = digits.scientificParts
            let fraction = parts.fraction.padding(toLength: max(parts.fraction.count, minimumMantissaDigits),
                                                  withPad: "0", startingAt: 0)
            let exponent = String(abs(parts.exponent))
            let exponentText = (parts.exponent < 0 ? "-" : "+")
                + String(repeating: "0", count: max(0, exponentDigits - exponent.count)) + exponent
            return leftPadded(parts.integer) + "." + fraction + "e" + exponentText
        }
        let parts = DecimalDigits(value, fractionDigits: precision).positionalParts
        return leftPadded(parts.integer) + "." + parts.fraction.padding(toLength: padRight, withPad: " ", startingAt: 0)
    }

    private func leftPadded(_ text: String) -> String {
        String(repeating: " ", count: max(0, padLeft - text.count)) + text
    }
}
