import Foundation

/// The decimal digits of a finite double, as numpy's Dragon4 prints them.
///
/// A value is `±0.d₁d₂…dₙ × 10^(exponent + 1)`, that is `d₁.d₂…dₙ × 10^exponent`, with no leading or
/// trailing zero digits; zero has no digits. Digits come either from the shortest text that reads back
/// to the same double (numpy's `unique=True` with no precision) or from the exact binary value rounded
/// half-to-even at a cut-off (numpy's `unique=True` with a precision, when the shortest text is longer
/// than the cut-off). The exact rounding is the C library's `printf`, which rounds the exact binary
/// value as Dragon4 does.
struct DecimalDigits: Equatable {
    /// True for negative values, including −0.
    var isNegative: Bool
    /// The significant digits, 0…9 each, without leading or trailing zeros.
    var digits: [UInt8]
    /// The power of ten of the first digit.
    var exponent: Int

    /// The shortest digits that read back to `value`.
    ///
    /// - Precondition: `value` is finite.
    init(shortest value: Double) {
        self.init(parsing: value.description)
    }

    /// Digits of `value` with at most `fractionDigits` digits after the decimal point (positional).
    ///
    /// The shortest digits when they fit, otherwise the exact value rounded half-to-even.
    init(_ value: Double, fractionDigits: Int?) {
        let shortest = DecimalDigits(shortest: value)
        guard let limit = fractionDigits, shortest.fractionDigitCount > limit else {
            self = shortest
            return
        }
        self.init(parsing: String(format: "%.\(limit)f", value))
    }

    /// Digits of `value` with at most `mantissaDigits` digits after the first (scientific).
    ///
    /// The shortest digits when they fit, otherwise the exact value rounded half-to-even.
    init(_ value: Double, mantissaDigits: Int?) {
        let shortest = DecimalDigits(shortest: value)
        guard let limit = mantissaDigits, shortest.digits.count - 1 > limit else {
            self = shortest
            return
        }
        self.init(value, exactMantissaDigits: limit)
    }

    /// Digits of the exact value of `value` rounded half-to-even to `mantissaDigits` digits after the
    /// first, even where that is more than the shortest text needs (numpy's `min_digits`).
    init(_ value: Double, exactMantissaDigits: Int) {
        self.init(parsing: String(format: "%.\(exactMantissaDigits)e", value))
    }

    /// Parses decimal text such as `-0.00125`, `1.5e-07` or `100000.0`.
    private init(parsing text: String) {
        var text = Substring(text)
        isNegative = text.first == "-"
        if isNegative { text = text.dropFirst() }
        var scale = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            scale = Int(text[text.index(after: e)...]) ?? 0
            text = text[..<e]
        }
        let integerPart = text.prefix { $0 != "." }
        var all = text.compactMap { $0.wholeNumberValue }.map(UInt8.init)
        var exponent = integerPart.count - 1 + scale
        while all.first == 0 {
            all.removeFirst()
            exponent -= 1
        }
        while all.last == 0 { all.removeLast() }
        digits = all
        self.exponent = all.isEmpty ? 0 : exponent
    }

    /// How many digits follow the decimal point in positional notation.
    var fractionDigitCount: Int { max(0, digits.count - 1 - exponent) }

    /// Positional text split at the decimal point: `("-12", "5")` for −12.5, `("0", "")` for 0.
    var positionalParts: (integer: String, fraction: String) {
        let sign = isNegative ? "-" : ""
        guard !digits.isEmpty else { return (sign + "0", "") }
        let text = digits.map { String($0) }
        if exponent < 0 {
            return (sign + "0", String(repeating: "0", count: -exponent - 1) + text.joined())
        }
        let integerCount = exponent + 1
        let integer = text.prefix(integerCount).joined()
            + String(repeating: "0", count: max(0, integerCount - text.count))
        return (sign + integer, text.dropFirst(integerCount).joined())
    }

    /// Scientific text split into mantissa and exponent: `("-1.25", -7)` for −1.25e-07.
    var scientificParts: (integer: String, fraction: String, exponent: Int) {
        let sign = isNegative ? "-" : ""
        guard let first = digits.first else { return (sign + "0", "", 0) }
        return (sign + String(first), digits.dropFirst().map { String($0) }.joined(), exponent)
    }
}
