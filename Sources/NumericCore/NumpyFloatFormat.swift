/// numpy's way to print the float elements of one array, so messages read like the notebooks.
///
/// This is numpy's `FloatingFormat` with floatmode `maxprec` (or `unique` for a `nil` precision), no
/// suppression and sign `-`: numpy first formats every shown element, then pads all of them to common
/// widths.
/// - Positional (`1.5`, `-0.62320365`, `3.`): each element is its shortest round-trip decimal, cut to
///   `precision` digits after the point (correctly rounded) when longer, trailing zeros dropped but the
///   point kept. The integer parts are right-aligned to the widest, the fraction parts left-aligned and
///   padded with spaces to the longest.
/// - Scientific (`1.00000000e-05`), chosen when a nonzero magnitude is `≥ 1e8` or `< 1e-4`, or the
///   largest nonzero magnitude is over 1000 times the smallest: each element is its shortest
///   round-trip mantissa, cut to `precision` digits after the point; then every mantissa is extended to
///   the longest fraction among them (with the value's further exact digits, which are zeros except for
///   subnormals) and every exponent padded to the widest (at least 2 digits).
/// - `nan`, `inf`, `-inf` are right-aligned in the width of a finite element.
public struct NumpyFloatFormat: Sendable {
    /// numpy's default `precision` print option: at most 8 digits after the point.
    public static let defaultPrecision = 8

    private let scientific: Bool
    /// The cut-off of positional elements; `nil` keeps every shortest round-trip digit.
    private let precision: Int?
    /// The mantissa digits every scientific element shows.
    private let minimumDigits: Int
    private let padLeft: Int
    private let padRight: Int
    private let exponentDigits: Int

    /// Chooses the notation and the widths from the elements that will be shown, as numpy does.
    ///
    /// - Parameters:
    ///   - values: every element that will be printed (numpy ignores the ones a summary leaves out).
    ///   - precision: at most this many digits after the point (positional) or after the first digit
    ///     (scientific); `nil` for the shortest text that reads back to each value (numpy's floatmode
    ///     `unique`).
    public init(values: [Double], precision: Int? = defaultPrecision) {
        let finite = values.filter(\.isFinite)
        let nonZero = finite.filter { $0 != 0 }.map(\.magnitude)
        var scientific = false
        if let largest = nonZero.max(), let smallest = nonZero.min() {
            scientific = largest >= 1e8 || smallest < 0.0001 || largest / smallest > 1000
        }
        var minimumDigits = 0
        var padLeft = 0
        var padRight = 0
        var exponentDigits = -1
        if finite.isEmpty {
            scientific = false
        } else if scientific {
            let parts = finite.map { Self.scientificParts($0, precision: precision, minimumDigits: 0) }
            minimumDigits = parts.map(\.fraction.count).max()!
            padLeft = parts.map(\.integer.count).max()!
            exponentDigits = parts.map(\.exponent.count).max()! - 1
            padRight = exponentDigits + 2 + minimumDigits
        } else {
            let parts = finite.map { Self.positionalParts($0, precision: precision) }
            padLeft = parts.map(\.integer.count).max()!
            padRight = parts.map(\.fraction.count).max()!
        }
        if finite.count != values.count {
            let negativeInfinity = values.contains { $0.isInfinite && $0 < 0 }
            let offset = padRight + 1
            padLeft = Swift.max(padLeft, 3 - offset, 3 + (negativeInfinity ? 1 : 0) - offset)
        }
        self.scientific = scientific
        self.precision = precision
        self.minimumDigits = minimumDigits
        self.padLeft = padLeft
        self.padRight = padRight
        self.exponentDigits = exponentDigits
    }

    /// One element, padded to the common width, e.g. `" 1.5       "` or `"-6.2320365e-01"`.
    public func format(_ x: Double) -> String {
        if !x.isFinite {
            let text = x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf")
            return String(repeating: " ", count: Swift.max(0, padLeft + padRight + 1 - text.count)) + text
        }
        if scientific {
            let parts = Self.scientificParts(x, precision: minimumDigits, minimumDigits: minimumDigits)
            var exponent = parts.exponent
            let sign = exponent.removeFirst()
            let width = Swift.max(exponentDigits, 2)
            exponent = String(repeating: "0", count: Swift.max(0, width - exponent.count)) + exponent
            return Self.leftPadded(parts.integer, padLeft) + "." + parts.fraction + "e" + String(sign) + exponent
        }
        let parts = Self.positionalParts(x, precision: precision)
        let fraction = parts.fraction + String(repeating: " ", count: Swift.max(0, padRight - parts.fraction.count))
        return Self.leftPadded(parts.integer, padLeft) + "." + fraction
    }

    /// numpy's `dragon4_positional(x, precision, unique=True, fractional=True, trim='.')`, split at the
    /// point: integer part with its sign, fraction digits (possibly empty).
    private static func positionalParts(_ x: Double, precision: Int?) -> (integer: String, fraction: String) {
        var decimal = DecimalDigits.shortest(x)
        if let precision, decimal.fractionDigitCount > precision {
            decimal = DecimalDigits.rounded(x, fractionDigits: precision)
        }
        let parts = decimal.positionalParts
        return ((x.sign == .minus ? "-" : "") + parts.integer, parts.fraction)
    }

    /// numpy's `dragon4_scientific(x, precision, unique=True, trim=…, min_digits)`, split: leading digit
    /// with its sign, fraction digits, exponent as sign and digits (`"-05"`, at least two digits).
    ///
    /// The shortest round-trip mantissa, unless it has more than `precision` (if any) or fewer than
    /// `minimumDigits` fraction digits: then the exact value correctly rounded to that many. (Dragon4
    /// keeps generating exact digits up to `min_digits`; for normal doubles this equals zero-padding the
    /// shortest form, for subnormals it does not: 5e-324 prints as `4.94065646e-324`.)
    private static func scientificParts(
        _ x: Double, precision: Int?, minimumDigits: Int
    ) -> (integer: String, fraction: String, exponent: String) {
        var decimal = DecimalDigits.shortest(x)
        let fractionDigits = Swift.max(decimal.digits.count - 1, 0)
        if let precision, fractionDigits > precision {
            decimal = DecimalDigits.rounded(x, significantDigits: Swift.max(precision, minimumDigits) + 1)
        } else if fractionDigits < minimumDigits {
            decimal = DecimalDigits.rounded(x, significantDigits: minimumDigits + 1)
        }
        let digits = decimal.digits.isEmpty ? [0] : decimal.digits
        let characters = digits.map { Character(Unicode.Scalar(UInt8(ascii: "0") + $0)) }
        var fraction = String(characters.dropFirst())
        fraction += String(repeating: "0", count: Swift.max(0, minimumDigits - fraction.count))
        let exponent = decimal.pointPosition - 1
        let exponentText = (exponent < 0 ? "-" : "+")
            + (exponent.magnitude < 10 ? "0" : "") + String(exponent.magnitude)
        return ((x.sign == .minus ? "-" : "") + String(characters[0]), fraction, exponentText)
    }

    private static func leftPadded(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: Swift.max(0, width - text.count)) + text
    }
}
