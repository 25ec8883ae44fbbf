import Foundation
import NumericCore
import Testing

/// Matrix operations on small inputs against numpy's answers (`operations.json`).
@Suite struct MatrixOperationTests {
    struct Operations: Decodable {
        struct Case: Decodable {
            let op: String
            let a: MatrixEntry?
            let b: MatrixEntry?
            let s: HexDouble?
            let expected: MatrixEntry
            let ulps: Int
        }
        let cases: [Case]
    }

    let cases: [Operations.Case]

    init() throws {
        cases = try Vectors.json(Operations.self, "operations.json").cases
    }

    private static let binary: [String: @Sendable (Matrix, Matrix) -> Matrix] = [
        "add": { $0 + $1 }, "subtract": { $0 - $1 }, "multiply": { $0 * $1 }, "divide": { $0 / $1 },
        "maximum": { maximum($0, $1) }, "less": { $0 .< $1 }, "greater": { $0 .> $1 },
        "lessEqual": { $0 .<= $1 }, "greaterEqual": { $0 .>= $1 }, "equal": { $0 .== $1 },
    ]
    private static let matrixScalar: [String: @Sendable (Matrix, Double) -> Matrix] = [
        "add": { $0 + $1 }, "subtract": { $0 - $1 }, "multiply": { $0 * $1 }, "divide": { $0 / $1 },
        "maximum": { maximum($0, $1) }, "less": { $0 .< $1 }, "greater": { $0 .> $1 },
        "lessEqual": { $0 .<= $1 }, "greaterEqual": { $0 .>= $1 }, "equal": { $0 .== $1 },
    ]
    private static let scalarMatrix: [String: @Sendable (Double, Matrix) -> Matrix] = [
        "add": { $0 + $1 }, "subtract": { $0 - $1 }, "multiply": { $0 * $1 }, "divide": { $0 / $1 },
        "maximum": { maximum(Matrix(scalar: $0), $1) }, "less": { Matrix(scalar: $0) .< $1 },
        "greater": { Matrix(scalar: $0) .> $1 }, "lessEqual": { Matrix(scalar: $0) .<= $1 },
        "greaterEqual": { Matrix(scalar: $0) .>= $1 }, "equal": { Matrix(scalar: $0) .== $1 },
    ]
    private static let compound: [String: @Sendable (inout Matrix, Matrix) -> Void] = [
        "add": { $0 += $1 }, "subtract": { $0 -= $1 }, "multiply": { $0 *= $1 }, "divide": { $0 /= $1 },
    ]
    private static let compoundScalar: [String: @Sendable (inout Matrix, Double) -> Void] = [
        "add": { $0 += $1 }, "subtract": { $0 -= $1 }, "multiply": { $0 *= $1 }, "divide": { $0 /= $1 },
    ]

    /// The result of `entry.op` in Swift, or `nil` for an operation this test does not know.
    private func evaluate(_ entry: Operations.Case) -> Matrix? {
        let a = entry.a?.matrix, b = entry.b?.matrix, s = entry.s?.value
        if let operation = Self.binary[entry.op] { return operation(a!, b!) }
        if entry.op.hasSuffix("Scalar"), let operation = Self.matrixScalar[String(entry.op.dropLast(6))] {
            return operation(a!, s!)
        }
        if entry.op.hasPrefix("scalar") {
            let name = entry.op.dropFirst(6)
            if let operation = Self.scalarMatrix[name.prefix(1).lowercased() + name.dropFirst()] {
                return operation(s!, a!)
            }
        }
        switch entry.op {
        case "relu": return relu(a!)
        case "negate": return -a!
        case "abs": return abs(a!)
        case "sqrt": return sqrt(a!)
        case "power2", "power": return pow(a!, s!)
        case "exp": return exp(a!)
        case "log": return log(a!)
        case "sigmoid": return sigmoid(a!)
        case "dot": return a!.dot(b!)
        case "transpose": return a!.T
        case "reshape2x6": return a!.reshaped(2, 6)
        case "reshape12x1": return a!.reshaped(12, 1)
        case "columns[3,0,0,2]": return a!.columns([3, 0, 0, 2])
        case "columns1..<3": return a!.columns(1..<3)
        case "row1": return a!.row(1)
        case "column2": return a!.column(2)
        case "vstack": return Matrix.vstack([a!, b!])
        default: return nil
        }
    }

    @Test func everyOperationMatchesNumpy() {
        #expect(cases.count > 100)
        for entry in cases {
            guard let actual = evaluate(entry) else {
                Issue.record("operations.json has an operation this test does not know: \(entry.op)")
                continue
            }
            let expected = entry.expected.matrix
            let what = "\(entry.op) of \(entry.a.map { "\($0.shape)" } ?? "") \(entry.b.map { "\($0.shape)" } ?? "")"
            #expect(actual.shape == expected.shape, "\(what): shape \(actual.shape) vs numpy \(expected.shape)")
            guard actual.shape == expected.shape else { continue }
            let inner = entry.a?.shape[1] ?? 0
            let bound = entry.op == "dot" ? abs(entry.a!.matrix).dot(abs(entry.b!.matrix)) : nil
            for index in 0..<expected.count {
                let (x, y) = (actual.storage[index], expected.storage[index])
                let agree: Bool
                if x.isNaN || y.isNaN {
                    agree = x.isNaN && y.isNaN
                } else if let bound {
                    agree = abs(x - y) <= Double(inner) * 0x1p-52 * bound.storage[index]
                } else if entry.ulps > 0 {
                    agree = x == y || abs(x - y) <= Double(entry.ulps) * y.ulp
                } else {
                    agree = x.bitPattern == y.bitPattern
                }
                #expect(agree, "\(what): element \(index) is \(x), numpy has \(y)")
            }
        }
    }

    /// `a ⊕= b` gives the same as `a ⊕ b` when `b` broadcasts to the shape of `a`, like numpy's in-place ops.
    @Test func compoundAssignmentMatchesNumpy() {
        var checked = 0
        for entry in cases {
            if let operation = Self.compound[entry.op], let a = entry.a?.matrix, let b = entry.b?.matrix,
               a.shape == entry.expected.matrix.shape {
                var result = a
                operation(&result, b)
                #expect(sameElements(result, entry.expected.matrix), "\(entry.op)= with \(a.shape), \(b.shape)")
                checked += 1
            }
            if entry.op.hasSuffix("Scalar"), let operation = Self.compoundScalar[String(entry.op.dropLast(6))] {
                var result = entry.a!.matrix
                operation(&result, entry.s!.value)
                #expect(sameElements(result, entry.expected.matrix), "\(entry.op)= scalar")
                checked += 1
            }
        }
        #expect(checked > 20)
    }

    private func sameElements(_ a: Matrix, _ b: Matrix) -> Bool {
        a.shape == b.shape && zip(a.storage, b.storage).allSatisfy { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) }
    }
}
