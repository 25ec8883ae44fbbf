#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The decimal digits of a finite `Double`'s magnitude: value = 0.d₁d₂…dₙ × 10^`pointPosition`.
///
/// Two sources, the same two numpy's Dragon4 printer uses:
/// - ``shortest(_:)``: the shortest digit string that reads back as the same `Double` (and the closest
///   to it among those), taken from Swift's `description`, which guarantees exactly that;
/// - ``rounded(_:fractionDigits:)`` and ``rounded(_:significantDigits:)``: the exact binary value
///   correctly rounded (ties to even) at a digit position, from the C library's `printf`, which is exact
///   on glibc and Darwin.
///
/// Leading and trailing zeros are never stored; zero has no digits and `pointPosition` 1 (so its
/// scientific exponent is 0).
struct DecimalDigits {
    /// The significant digits, each 0…9, without leading or trailing zeros.
    var digits: [UInt8]
    /// Where the decimal point sits: the number of digits before it (may be negative or exceed the count).
    var pointPosition: Int

    /// The shortest round-tripping digits of `|x|`.
    ///
    /// - Precondition: `x` is finite.
    static func shortest(_ x: Double) -> DecimalDigits {
        DecimalDigits(parsing: x.magnitude.description)
    }

    /// `|x|` correctly rounded to `fractionDigits` digits after the decimal point (`printf("%.Nf")`).
    ///
    /// - Precondition: `x` is finite.
    static func rounded(_ x: Double, fractionDigits: Int) -> DecimalDigits {
        DecimalDigits(parsing: formatted(x.magnitude, "%.\(fractionDigits)f"))
    }

    /// `|x|` correctly rounded to `significantDigits` significant digits (`printf("%.Ne")` with N one less).
    ///
    /// - Precondition: `x` is finite, `significantDigits >= 1`.
    static func rounded(_ x: Double, significantDigits: Int) -> DecimalDigits {
        DecimalDigits(parsing: formatted(x.magnitude, "%.\(significantDigits - 1)e"))
    }

    /// Number of digits after the decimal point in the positional form (0 for an integer).
    var fractionDigitCount: Int { Swift.max(0, digits.count - pointPosition) }

    /// The positional form split at the decimal point, e.g. `("12", "5")` for 12.5, `("0", "")` for 0.
    var positionalParts: (integer: String, fraction: String) {
        var integer = pointPosition <= 0 ? "0" : ""
        for position in 0..<Swift.max(pointPosition, 0) {
            integer.append(position < digits.count ? digitCharacter(position) : "0")
        }
        var fraction = String(repeating: "0", count: Swift.max(0, -pointPosition))
        for position in Swift.max(pointPosition, 0)..<Swift.max(pointPosition, digits.count) {
            fraction.append(digitCharacter(position))
        }
        return (integer, fraction)
    }

    /// Parses a plain decimal such as `"123.0"`, `"0.0001"`, `"1e-05"` or `"1.25000000e+02"`.
    private init(parsing text: String) {
        let parts = text.split(separator: "e", maxSplits: 1)
        let exponent = parts.count == 2 ? Int(parts[1])! : 0
        let mantissa = parts[0]
        var digits: [UInt8] = []
        var integerDigits = 0
        var seenPoint = false
        for character in mantissa.utf8 {
            if character == UInt8(ascii: ".") {
                seenPoint = true
            } else {
                digits.append(character - UInt8(ascii: "0"))
                if !seenPoint { integerDigits += 1 }
            }
        }
        var point = integerDigits + exponent
        let leadingZeros = digits.prefix { $0 == 0 }.count
        digits.removeFirst(leadingZeros)
        point -= leadingZeros
        while digits.last == 0 { digits.removeLast() }
        self.digits = digits
        self.pointPosition = digits.isEmpty ? 1 : point
    }

    private func digitCharacter(_ position: Int) -> Character {
        Character(Unicode.Scalar(UInt8(ascii: "0") + digits[position]))
    }

    private static func formatted(_ x: Double, _ format: String) -> String {
        var buffer = [CChar](repeating: 0, count: 512)
        let length = withVaList([x]) { arguments in
            buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, $0.count, format, arguments) }
        }
        precondition(length > 0 && length < buffer.count, "printf(\(format)) failed for \(x)")
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
