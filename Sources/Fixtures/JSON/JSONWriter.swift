/// Writes `JSONValue` as text: compact or indented, keys in their stored order.
public enum JSONWriter {
    /// The document as JSON text; with `indent` > 0, one member per line.
    public static func text(_ value: JSONValue, indent: Int = 2) -> String {
        var output = ""
        write(value, into: &output, indent: indent, level: 0)
        return output
    }

    private static func write(_ value: JSONValue, into output: inout String, indent: Int, level: Int) {
        let newline = indent > 0 ? "\n" : ""
        let pad = String(repeating: " ", count: indent * (level + 1))
        let closingPad = String(repeating: " ", count: indent * level)
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let text): output += text
        case .string(let text): output += quoted(text)
        case .array(let elements):
            guard !elements.isEmpty else { return output += "[]" }
            if elements.allSatisfy({ if case .number = $0 { true } else { false } }) {
                output += "[" + elements.map { text($0, indent: 0) }.joined(separator: ", ") + "]"
                return
            }
            output += "[" + newline
            for (index, element) in elements.enumerated() {
                output += pad
                write(element, into: &output, indent: indent, level: level + 1)
                output += (index + 1 < elements.count ? "," : "") + newline
            }
            output += closingPad + "]"
        case .object(let members):
            guard !members.isEmpty else { return output += "{}" }
            output += "{" + newline
            for (index, member) in members.enumerated() {
                output += pad + quoted(member.key) + (indent > 0 ? ": " : ":")
                write(member.value, into: &output, indent: indent, level: level + 1)
                output += (index + 1 < members.count ? "," : "") + newline
            }
            output += closingPad + "}"
        }
    }

    /// A JSON string literal, escaping quotes, backslashes and control characters.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
