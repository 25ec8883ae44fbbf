import NumericCore

extension Value: CustomStringConvertible {
    /// The value as a notebook prints it: floats as Python's `repr`, matrices as numpy's `str`,
    /// dictionaries one `key = value` per entry in notebook order, lists and tuples by element.
    public var description: String {
        switch self {
        case .float(let number): Value.pythonRepr(number)
        case .int(let number): String(number)
        case .bool(let flag): flag ? "True" : "False"
        case .matrix(let matrix): matrix.description
        case .mask(let matrix): matrix.description.replacingOccurrences(of: ".", with: "")  // numpy prints 0/1 ints without a point
        case .dict(let entries):
            entries.keys.sorted(by: Value.notebookKeyOrder)
                .map { key in Value.labelled(key, entries[key]!) }
                .joined(separator: "\n")
        case .list(let elements):
            elements.enumerated().map { Value.labelled("[\($0)]", $1) }.joined(separator: "\n")
        case .tuple(let elements):
            elements.enumerated().map { Value.labelled(".\($0)", $1) }.joined(separator: "\n")
        case .digest(let digest):
            "a \(digest.shape) matrix whose first row is \(Matrix(row: digest.firstRow))"
        }
    }

    /// `label = value`, with a multi-line value's continuation lines indented under it.
    public static func labelled(_ label: String, _ value: Value) -> String {
        let text = value.description
        switch value {
        case .dict, .list, .tuple:
            return label + ":\n" + text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { "    " + $0 }.joined(separator: "\n")
        default:
            let indent = String(repeating: " ", count: label.count + 3)
            return label + " = " + text.replacingOccurrences(of: "\n", with: "\n" + indent)
        }
    }

    /// A double as Python's `repr` writes it (`0.1`, `1e-07`, `2.0`, `nan`, `inf`).
    public static func pythonRepr(_ number: Double) -> String {
        if number.isNaN { return "nan" }
        if number.isInfinite { return number > 0 ? "inf" : "-inf" }
        return number.description
    }
}
