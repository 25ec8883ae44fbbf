/// A strict JSON parser (RFC 8259) over UTF-8 bytes, producing `JSONValue`.
///
/// It exists because the fixtures need exact floats: see `JSONValue`. Errors carry the line and column.
public struct JSONParser {
    /// A syntax error with the place it was found.
    public struct SyntaxError: Error, CustomStringConvertible, Sendable {
        /// What was wrong.
        public var reason: String
        /// 1-based line of the fault.
        public var line: Int
        /// 1-based column of the fault.
        public var column: Int
        /// `invalid JSON at line L, column C: reason`.
        public var description: String { "invalid JSON at line \(line), column \(column): \(reason)" }
    }

    private let bytes: [UInt8]
    private var index = 0

    /// Parses a whole document; anything but white space after the value is an error.
    ///
    /// - Throws: `SyntaxError` naming the line and column of the first fault.
    public static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        guard parser.index == bytes.count else { throw parser.error("unexpected text after the document") }
        return value
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private func error(_ reason: String) -> SyntaxError {
        var line = 1
        var column = 1
        for byte in bytes[..<min(index, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return SyntaxError(reason: reason, line: line, column: column)
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
            index += 1
        }
    }

    private mutating func expect(_ literal: String) throws {
        for byte in literal.utf8 {
            guard current == byte else { throw error("expected \(literal)") }
            index += 1
        }
    }

    private mutating func parseValue(depth: Int) throws -> JSONValue {
        guard depth < 512 else { throw error("nesting deeper than 512 levels") }
        switch current {
        case UInt8(ascii: "{"): return try parseObject(depth: depth)
        case UInt8(ascii: "["): return try parseArray(depth: depth)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"):
            try expect("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expect("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expect("null")
            return .null
        case .some(let byte) where byte == UInt8(ascii: "-") || (byte >= 0x30 && byte <= 0x39):
            return .number(try parseNumber())
        case .none: throw error("unexpected end of input")
        default: throw error("unexpected character")
        }
    }

    private mutating func parseObject(depth: Int) throws -> JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        try parseElements(closing: "}", of: "an object") { parser in
            guard parser.current == UInt8(ascii: "\"") else { throw parser.error("expected a string key") }
            let key = try parser.parseString()
            if members.contains(where: { $0.key == key }) { throw parser.error("duplicate key \"\(key)\"") }
            parser.skipWhitespace()
            try parser.expect(":")
            parser.skipWhitespace()
            members.append((key, try parser.parseValue(depth: depth + 1)))
        }
        return .object(members)
    }

    private mutating func parseArray(depth: Int) throws -> JSONValue {
        var elements: [JSONValue] = []
        try parseElements(closing: "]", of: "an array") { parser in
            elements.append(try parser.parseValue(depth: depth + 1))
        }
        return .array(elements)
    }

    /// Reads an array's or object's elements, from its opening bracket to `closing`: `element` reads one
    /// (whitespace before and after it is skipped here), and commas separate them.
    private mutating func parseElements(
        closing: Unicode.Scalar, of container: String, _ element: (inout JSONParser) throws -> Void
    ) throws {
        index += 1
        skipWhitespace()
        if current == UInt8(ascii: closing) {
            index += 1
            return
        }
        while true {
            skipWhitespace()
            try element(&self)
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: closing):
                index += 1
                return
            default: throw error("expected , or \(closing) in \(container)")
            }
        }
    }

    private mutating func parseNumber() throws -> String {
        let start = index
        if current == UInt8(ascii: "-") { index += 1 }
        guard let first = current, first >= 0x30 && first <= 0x39 else { throw error("expected a digit") }
        if first == 0x30 {
            index += 1
        } else {
            skipDigits()
        }
        if current == UInt8(ascii: ".") {
            index += 1
            guard let digit = current, digit >= 0x30 && digit <= 0x39 else { throw error("expected a digit after .") }
            skipDigits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            guard let digit = current, digit >= 0x30 && digit <= 0x39 else { throw error("expected an exponent") }
            skipDigits()
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func skipDigits() {
        while let byte = current, byte >= 0x30 && byte <= 0x39 { index += 1 }
    }

    private mutating func parseString() throws -> String {
        index += 1
        var scalars = String.UnicodeScalarView()
        var runStart = index
        func flushRun(_ parser: JSONParser, upTo end: Int) {
            scalars.append(contentsOf: String(decoding: parser.bytes[runStart..<end], as: UTF8.self).unicodeScalars)
        }
        while true {
            guard let byte = current else { throw error("unterminated string") }
            switch byte {
            case UInt8(ascii: "\""):
                flushRun(self, upTo: index)
                index += 1
                return String(scalars)
            case UInt8(ascii: "\\"):
                flushRun(self, upTo: index)
                index += 1
                scalars.append(try parseEscape())
                runStart = index
            case 0..<0x20:
                throw error("control character in a string")
            default:
                index += 1
            }
        }
    }

    private mutating func parseEscape() throws -> Unicode.Scalar {
        guard let byte = current else { throw error("unterminated escape") }
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try parseHex4()
            if (0xD800..<0xDC00).contains(high) {
                try expect("\\u")
                let low = try parseHex4()
                guard (0xDC00..<0xE000).contains(low) else { throw error("invalid surrogate pair") }
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
            }
            guard let scalar = Unicode.Scalar(high) else { throw error("invalid \\u escape") }
            return scalar
        default: throw error("invalid escape")
        }
    }

    private mutating func parseHex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = hexDigit(byte) else { throw error("expected 4 hex digits") }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46: UInt32(byte - 0x41 + 10)
        case 0x61...0x66: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }
}
