import Experiments
import Fixtures
import Foundation
import NumericCore

extension Dataset {
    /// Loads a shipped dataset.
    ///
    /// - Parameter name: `circles`, `football` or `moons`.
    /// - Throws: `ExperimentDataError` when the file is missing or malformed.
    public static func load(named name: String) throws -> Dataset {
        let json = try ExperimentResources.json("datasets/\(name).json")
        guard let train = json["train"] else { throw ExperimentDataError("datasets/\(name).json has no train set") }
        let (trainX, trainY) = try part(train, file: name)
        let test: (X: Matrix, Y: Matrix)?
        if let testPart = json["test"], testPart != .null {
            test = try part(testPart, file: name)
        } else {
            test = nil
        }
        return Dataset(name: name, trainX: trainX, trainY: trainY, test: test)
    }

    private static func part(_ value: JSONValue, file: String) throws -> (Matrix, Matrix) {
        guard let X = value["X"].flatMap(ExperimentResources.matrix), let Y = value["Y"].flatMap(ExperimentResources.matrix),
              X.columns == Y.columns, Y.rows == 1 else {
            throw ExperimentDataError("datasets/\(file).json: X and Y must be matrices with one column per example")
        }
        return (X, Y)
    }
}

/// A shipped experiment file is missing or malformed (a packaging fault).
public struct ExperimentDataError: Error, CustomStringConvertible, Sendable {
    /// What is wrong, naming the file.
    public var description: String

    /// Creates the error.
    public init(_ description: String) {
        self.description = description
    }
}

/// Reads the module's JSON resources.
enum ExperimentResources {
    /// The parsed JSON of `Resources/<path>`.
    static func json(_ path: String) throws -> JSONValue {
        let url = Bundle.module.bundleURL.appendingPathComponent("Resources").appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ExperimentDataError("the experiments' resource \(path) is missing")
        }
        do {
            return try JSONParser.parse([UInt8](data))
        } catch {
            throw ExperimentDataError("\(path): \(error)")
        }
    }

    /// A JSON array of equal-length number arrays as a matrix.
    static func matrix(_ value: JSONValue) -> Matrix? {
        guard case .array(let rows) = value, !rows.isEmpty else { return nil }
        var data: [Double] = []
        var width: Int?
        for row in rows {
            guard case .array(let numbers) = row, width == nil || width == numbers.count else { return nil }
            width = numbers.count
            for number in numbers {
                guard let x = double(number) else { return nil }
                data.append(x)
            }
        }
        return Matrix(rows: rows.count, columns: width ?? 0, data: data)
    }

    /// A JSON number as a double; the strings `"inf"`, `"-inf"` and `"nan"` as the oracle writes them.
    static func double(_ value: JSONValue) -> Double? {
        switch value {
        case .number(let text): Double(text)
        case .string("inf"): .infinity
        case .string("-inf"): -.infinity
        case .string("nan"): .nan
        default: nil
        }
    }
}
