/// Where a value sits inside a graded function's outputs, printed as Python would index it.
///
/// `parameters["W1"]`, `mini_batches[2].0` (element 0 of the tuple at index 2), `cache["D1"]`. Keys
/// are quoted and escaped, so a student's odd key (`"a\nb"`) never breaks a one-line message.
public struct ValuePath: Sendable, Hashable, CustomStringConvertible {
    /// One step down into a dict, list or tuple.
    public enum Step: Sendable, Hashable {
        /// A dictionary key: `["W1"]`.
        case key(String)
        /// A list index: `[2]`.
        case index(Int)
        /// A tuple position: `.0`.
        case position(Int)
    }

    /// The top-level output, e.g. `parameters`.
    public var output: String
    /// The steps from the output down to the value.
    public var steps: [Step]

    /// Creates a path to a top-level output or, with steps, to a value inside it.
    public init(output: String, steps: [Step] = []) {
        self.output = output
        self.steps = steps
    }

    /// The path one step further down.
    public func appending(_ step: Step) -> ValuePath {
        ValuePath(output: output, steps: steps + [step])
    }

    /// The last dictionary key on the path (`"W1"` for `parameters["W1"]`), if any.
    public var lastKey: String? {
        for step in steps.reversed() {
            if case .key(let key) = step { return key }
        }
        return nil
    }

    /// The path as Python indexing, e.g. `mini_batches[2].0`.
    public var description: String {
        var text = Self.isIdentifier(output) ? output : Self.quoted(output)
        for step in steps {
            switch step {
            case .key(let key): text += "[\(Self.quoted(key))]"
            case .index(let index): text += "[\(index)]"
            case .position(let position): text += ".\(position)"
            }
        }
        return text
    }

    /// `text` in double quotes, with quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || (0x7f...0x9f).contains(scalar.value)
                || scalar.properties.generalCategory == .lineSeparator
                || scalar.properties.generalCategory == .paragraphSeparator:
                result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    private static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0)
            || ("0"..."9").contains($0) }
    }
}

/// A position in a matrix, printed as numpy indexes it: `[1, 2]` is row 1, column 2.
public struct ElementIndex: Sendable, Hashable, CustomStringConvertible {
    /// Zero-based row.
    public var row: Int
    /// Zero-based column.
    public var column: Int

    /// Creates an index.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// The index as numpy prints it, e.g. `[1, 2]`.
    public var description: String { "[\(row), \(column)]" }
}
