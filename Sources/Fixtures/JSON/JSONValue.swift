/// A parsed JSON document, kept close to its text.
///
/// Numbers keep their source text so that a float converts with `Double(_:)` (correctly rounded, so
/// Python's `repr` round-trips bit for bit) and an integer with `Int(_:)`; Foundation's
/// `JSONSerialization` does not guarantee either. Objects keep their keys in file order.
public indirect enum JSONValue: Sendable, Equatable {
    /// `{…}`, keys in the order written.
    case object([(key: String, value: JSONValue)])
    /// `[…]`.
    case array([JSONValue])
    /// A number, as written.
    case number(String)
    /// A string, unescaped.
    case string(String)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null

    /// A word for the value's JSON type, for error messages ("expected an object, got an array").
    public var typeName: String {
        switch self {
        case .object: "an object"
        case .array: "an array"
        case .number: "a number"
        case .string: "a string"
        case .bool: "a boolean"
        case .null: "null"
        }
    }

    /// The value stored under `key` when this is an object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// Structural equality: objects compare member by member in their order in the text, numbers by
    /// their text.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.object(let a), .object(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case (.array(let a), .array(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.null, .null): true
        default: false
        }
    }
}
