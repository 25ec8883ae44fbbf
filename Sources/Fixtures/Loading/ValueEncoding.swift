import NumericCore

extension Value {
    /// The value in the fixture format of `docs/fixtures.md` (the inverse of decoding).
    public var fixtureJSON: JSONValue {
        switch self {
        case .float(let number): .object([("float", Value.jsonNumber(number))])
        case .int(let number): .object([("int", .number(String(number)))])
        case .bool(let flag): .object([("bool", .bool(flag))])
        case .matrix(let matrix): .object([("matrix", Value.jsonMatrix(matrix))])
        case .mask(let matrix): .object([("mask", Value.jsonMatrix(matrix, integral: true))])
        case .dict(let entries):
            .object([("dict", .object(entries.keys.sorted(by: Value.notebookKeyOrder).map { ($0, entries[$0]!.fixtureJSON) }))])
        case .list(let elements): .object([("list", .array(elements.map(\.fixtureJSON)))])
        case .tuple(let elements): .object([("tuple", .array(elements.map(\.fixtureJSON)))])
        case .digest(let digest):
            .object([("digest", .object([
                ("shape", .array([.number(String(digest.rows)), .number(String(digest.columns))])),
                ("sha256", .string(digest.sha256)),
                ("row0", .array(digest.firstRow.map(Value.jsonNumber))),
            ]))])
        }
    }

    /// Orders dictionary keys as the notebooks list them: by layer number, then by name
    /// (`W1, b1, W2, b2`; `dW1, db1, …`), so printed dictionaries read like the notebook's.
    public static func notebookKeyOrder(_ lhs: String, _ rhs: String) -> Bool {
        func split(_ key: String) -> (Int, String) {
            let digits = key.reversed().prefix(while: \.isNumber)
            return (Int(String(digits.reversed())) ?? Int.max, String(key.dropLast(digits.count)))
        }
        let (left, right) = (split(lhs), split(rhs))
        if left.0 != right.0 { return left.0 < right.0 }
        if left.1.lowercased() != right.1.lowercased() { return left.1.lowercased() > right.1.lowercased() }
        return lhs < rhs
    }

    private static func jsonNumber(_ number: Double) -> JSONValue {
        if number.isNaN { return .string("nan") }
        if number.isInfinite { return .string(number > 0 ? "inf" : "-inf") }
        return .number(number.description)
    }

    private static func jsonMatrix(_ matrix: Matrix, integral: Bool = false) -> JSONValue {
        .object([
            ("shape", .array([.number(String(matrix.rows)), .number(String(matrix.columns))])),
            ("data", .array(matrix.storage.map { integral ? .number(String(Int($0))) : jsonNumber($0) })),
        ])
    }
}
