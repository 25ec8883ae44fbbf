import WorkerProtocol
import NumericCore

/// A case's inputs, read by the notebook's argument names as the Swift types the graded functions take.
///
/// Every accessor throws `AdapterError.missingInput` when the name is absent and
/// `AdapterError.wrongInput` when the value has another kind, naming the input (and the key, inside a
/// dictionary) so a faulty fixture is easy to find.
struct CaseInputs {
    /// The inputs by argument name, generated ones included.
    let values: [String: Value]

    /// Wraps a case's inputs.
    init(_ values: [String: Value]) {
        self.values = values
    }

    /// The input `name`, whatever its kind.
    func value(_ name: String) throws -> Value {
        guard let value = values[name] else { throw AdapterError.missingInput(name) }
        return value
    }

    /// A real number; an integer is accepted too, as Python passes `x = 2` for a float argument.
    func double(_ name: String) throws -> Double {
        switch try value(name) {
        case .float(let number): return number
        case .int(let number): return Double(number)
        case let other: throw AdapterError.wrongInput(name: name, expected: "float", got: other.kindName)
        }
    }

    /// An integer.
    func int(_ name: String) throws -> Int {
        switch try value(name) {
        case .int(let number): return number
        case let other: throw AdapterError.wrongInput(name: name, expected: "int", got: other.kindName)
        }
    }

    /// A list of integers, such as `layers_dims`.
    func ints(_ name: String) throws -> [Int] {
        let input = try value(name)
        guard case .list(let elements) = input else {
            throw AdapterError.wrongInput(name: name, expected: "list of int", got: input.kindName)
        }
        return try elements.enumerated().map { index, element in
            guard case .int(let number) = element else {
                throw AdapterError.wrongInput(name: "\(name)[\(index)]", expected: "int", got: element.kindName)
            }
            return number
        }
    }

    /// A matrix; a 0/1 mask is a matrix too (labels `Y` and dropout masks are stored as masks).
    func matrix(_ name: String) throws -> Matrix {
        try Self.matrix(try value(name), named: name)
    }

    /// A dictionary of matrices, such as `parameters`, `grads` or a cache.
    func matrices(_ name: String) throws -> [String: Matrix] {
        let input = try value(name)
        guard case .dict(let entries) = input else {
            throw AdapterError.wrongInput(name: name, expected: "dict", got: input.kindName)
        }
        var matrices: [String: Matrix] = [:]
        for (key, entry) in entries {
            matrices[key] = try Self.matrix(entry, named: "\(name)[\"\(key)\"]")
        }
        return matrices
    }

    /// The matrix a value holds, if it is a matrix or a mask.
    private static func matrix(_ value: Value, named name: String) throws -> Matrix {
        switch value {
        case .matrix(let matrix), .mask(let matrix): return matrix
        case let other: throw AdapterError.wrongInput(name: name, expected: "matrix", got: other.kindName)
        }
    }
}

extension [String: Matrix] {
    /// The entry `key` of the dictionary input `input`, or `AdapterError.missingInput` naming both.
    func entry(_ key: String, of input: String) throws -> Matrix {
        guard let matrix = self[key] else { throw AdapterError.missingInput("\(input)[\"\(key)\"]") }
        return matrix
    }
}
