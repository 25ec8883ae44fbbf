import Foundation
import NumericCore

/// The numpy and hashlib vectors of `Vectors/comparison.json`, written by `tools/oracle/comparison_vectors.py`.
struct ComparisonVectors: Decodable {
    struct Scalar: Decodable {
        var value: String
        var p8: String
        var p10: String
        var p12: String
        var p17: String
        var punique: String
        var scalar: String

        var double: Double { Double(value)! }

        /// numpy's text at each precision the file holds (`nil` = unique).
        var byPrecision: [(Int?, String)] { [(8, p8), (10, p10), (12, p12), (17, p17), (nil, punique)] }
    }

    struct PrintedMatrix: Decodable {
        var shape: [Int]
        var data: [String]
        var precision: Int?
        var str: String

        var matrix: Matrix { Matrix(rows: shape[0], columns: shape[1], data: data.map { Double($0)! }) }
    }

    struct PrintedMask: Decodable {
        var shape: [Int]
        var data: [Int]
        var str: String

        var matrix: Matrix { Matrix(rows: shape[0], columns: shape[1], data: data.map(Double.init)) }
    }

    struct SHA: Decodable {
        struct Bytes: Decodable {
            var name: String
            var hex: String
            var sha256: String

            var bytes: [UInt8] {
                stride(from: 0, to: hex.count, by: 2).map {
                    let start = hex.index(hex.startIndex, offsetBy: $0)
                    return UInt8(hex[start..<hex.index(start, offsetBy: 2)], radix: 16)!
                }
            }
        }

        struct Repeated: Decodable {
            var name: String
            var `repeat`: String
            var count: Int
            var sha256: String
        }

        var bytes: [Bytes]
        var repeated: [Repeated]
        var float64: [PrintedMatrixHash]
    }

    struct PrintedMatrixHash: Decodable {
        var shape: [Int]
        var data: [String]
        var sha256: String

        var matrix: Matrix { Matrix(rows: shape[0], columns: shape[1], data: data.map { Double($0)! }) }
    }

    var scalars: [Scalar]
    var matrices: [PrintedMatrix]
    var masks: [PrintedMask]
    var sha256: SHA

    /// The vectors, read once from beside this file.
    static let shared: ComparisonVectors = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Vectors/comparison.json")
        do {
            return try JSONDecoder().decode(ComparisonVectors.self, from: Data(contentsOf: url))
        } catch {
            fatalError("cannot read \(url.lastPathComponent): \(error)")
        }
    }()
}
