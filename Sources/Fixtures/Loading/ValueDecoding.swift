import NumericCore

extension JSONCursor {
    /// Decodes a tagged value (`{"float": …}`, `{"matrix": …}`, …) as `docs/fixtures.md` defines it.
    func fixtureValue() throws -> Value {
        let tagged = try members()
        guard tagged.count == 1, let (kind, body) = tagged.first else {
            throw fail("a value is an object with exactly one key naming its kind, got \(tagged.count) keys")
        }
        switch kind {
        case "float": return .float(try body.float())
        case "int": return .int(try body.int())
        case "bool": return .bool(try body.bool())
        case "matrix": return .matrix(try body.matrix())
        case "mask":
            let mask = try body.matrix()
            guard mask.storage.allSatisfy({ $0 == 0 || $0 == 1 }) else { throw body.fail("a mask holds only 0 and 1") }
            return .mask(mask)
        case "dict":
            var entries: [String: Value] = [:]
            for (key, cursor) in try body.members() { entries[key] = try cursor.fixtureValue() }
            return .dict(entries)
        case "list": return .list(try body.elements().map { try $0.fixtureValue() })
        case "tuple": return .tuple(try body.elements().map { try $0.fixtureValue() })
        case "digest":
            let shape = try body.member("shape").shape()
            let hashCursor = try body.member("sha256")
            let hash = try hashCursor.string()
            guard hash.count == 64, hash.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else {
                throw hashCursor.fail("expected 64 lower-case hex digits")
            }
            let rowCursor = try body.member("row0")
            let firstRow = try rowCursor.elements().map { try $0.float() }
            guard firstRow.count == (shape.rows > 0 ? shape.columns : 0) else {
                throw rowCursor.fail("expected \(shape.columns) values (one row), got \(firstRow.count)")
            }
            return .digest(MatrixDigest(shape: shape, sha256: hash, firstRow: firstRow))
        default:
            throw fail("unknown value kind \"\(kind)\" (float, int, bool, matrix, mask, dict, list, tuple, digest)")
        }
    }

    /// Decodes an object of named values (a case's `inputs` or `expected`).
    func namedValues() throws -> [String: Value] {
        var values: [String: Value] = [:]
        for (name, cursor) in try members() { values[name] = try cursor.fixtureValue() }
        return values
    }
}
