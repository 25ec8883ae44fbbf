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
                ("shape", Value.jsonShape(digest.shape)),
                ("sha256", .string(digest.sha256)),
                ("row0", .array(digest.firstRow.map(Value.jsonNumber))),
            ]))])
        }
    }

    private static func jsonNumber(_ number: Double) -> JSONValue {
        if number.isNaN { return .string("nan") }
        if number.isInfinite { return .string(number > 0 ? "inf" : "-inf") }
        return .number(number.description)
    }

    /// A shape as the fixture format writes it: `[rows, columns]`.
    public static func jsonShape(_ shape: MatrixShape) -> JSONValue {
        .array([.number(String(shape.rows)), .number(String(shape.columns))])
    }

    private static func jsonMatrix(_ matrix: Matrix, integral: Bool = false) -> JSONValue {
        .object([
            ("shape", jsonShape(matrix.shape)),
            ("data", .array(matrix.storage.map { integral ? .number(String(Int($0))) : jsonNumber($0) })),
        ])
    }
}
