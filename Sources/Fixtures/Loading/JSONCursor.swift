import NumericCore

/// A position in a parsed fixture document: a value and the JSON path that leads to it.
///
/// Every accessor either returns what it was asked for or throws a `FixtureError` naming the path,
/// so the decoding code reads as a description of the format.
struct JSONCursor {
    let value: JSONValue
    let path: String
    let file: String

    func fail(_ reason: String) -> FixtureError {
        FixtureError(file: file, path: path, reason: reason)
    }

    func member(_ key: String) throws -> JSONCursor {
        guard case .object = value else { throw fail("expected an object, got \(value.typeName)") }
        guard let child = value[key] else { throw fail("missing key \"\(key)\"") }
        return JSONCursor(value: child, path: "\(path).\(key)", file: file)
    }

    func optionalMember(_ key: String) throws -> JSONCursor? {
        guard case .object = value else { throw fail("expected an object, got \(value.typeName)") }
        return value[key].map { JSONCursor(value: $0, path: "\(path).\(key)", file: file) }
    }

    func members() throws -> [(key: String, cursor: JSONCursor)] {
        guard case .object(let members) = value else { throw fail("expected an object, got \(value.typeName)") }
        return members.map { ($0.key, JSONCursor(value: $0.value, path: "\(path).\($0.key)", file: file)) }
    }

    func elements() throws -> [JSONCursor] {
        guard case .array(let elements) = value else { throw fail("expected an array, got \(value.typeName)") }
        return elements.enumerated().map { JSONCursor(value: $1, path: "\(path)[\($0)]", file: file) }
    }

    func string() throws -> String {
        guard case .string(let text) = value else { throw fail("expected a string, got \(value.typeName)") }
        return text
    }

    func bool() throws -> Bool {
        guard case .bool(let flag) = value else { throw fail("expected a boolean, got \(value.typeName)") }
        return flag
    }

    func double() throws -> Double {
        guard case .number(let text) = value, let number = Double(text) else {
            throw fail("expected a number, got \(value.typeName)")
        }
        return number
    }

    func int() throws -> Int {
        guard case .number(let text) = value else { throw fail("expected an integer, got \(value.typeName)") }
        guard let number = Int(text) else { throw fail("expected an integer, got \(text)") }
        return number
    }

    /// A float that may be written as a number or as `"nan"`, `"inf"`, `"-inf"`.
    func float() throws -> Double {
        if case .string(let text) = value {
            switch text {
            case "nan": return .nan
            case "inf": return .infinity
            case "-inf": return -.infinity
            default: throw fail("expected a number or \"nan\", \"inf\", \"-inf\", got \"\(text)\"")
            }
        }
        return try double()
    }

    /// A `[rows, columns]` pair of non-negative integers.
    func shape() throws -> MatrixShape {
        let dims = try elements()
        guard dims.count == 2 else { throw fail("expected 2 integers, got \(dims.count)") }
        let rows = try dims[0].int()
        let columns = try dims[1].int()
        guard rows >= 0, columns >= 0 else { throw fail("a dimension is negative") }
        return MatrixShape(rows: rows, columns: columns)
    }

    /// A matrix object `{"shape": [r, c], "data": [...]}`, with the data count checked against the shape.
    func matrix() throws -> Matrix {
        let shape = try member("shape").shape()
        let dataCursor = try member("data")
        let data = try dataCursor.elements().map { try $0.float() }
        guard data.count == shape.count else {
            throw dataCursor.fail("shape \(shape) needs \(shape.count) values, got \(data.count)")
        }
        return Matrix(shape: shape, data: data)
    }
}
