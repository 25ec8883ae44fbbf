import Foundation
import NumericCore
import Testing

/// The numpy-made vectors in `Vectors/`, written by `tools/oracle/randomstate_vectors.py`.
enum Vectors {
    /// The copied `Vectors` directory inside the test bundle.
    static let directory: URL = Bundle.module.url(forResource: "Vectors", withExtension: nil)!

    /// A whole file's bytes.
    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name))
    }

    /// A file of little-endian float64 values.
    static func doubles(_ name: String) throws -> [Double] {
        try words(name, as: UInt64.self).map { Double(bitPattern: UInt64(littleEndian: $0)) }
    }

    /// A file of little-endian uint32 values.
    static func uint32s(_ name: String) throws -> [UInt32] {
        try words(name, as: UInt32.self).map { UInt32(littleEndian: $0) }
    }

    /// A file of little-endian int32 values, widened to `Int`.
    static func int32s(_ name: String) throws -> [Int] {
        try words(name, as: UInt32.self).map { Int(Int32(bitPattern: UInt32(littleEndian: $0))) }
    }

    /// A JSON file decoded as `type`.
    static func json<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        try JSONDecoder().decode(type, from: data(name))
    }

    private static func words<W: FixedWidthInteger>(_ name: String, as _: W.Type) throws -> [W] {
        let bytes = try data(name)
        precondition(bytes.count % MemoryLayout<W>.size == 0, "\(name) is not a whole number of words")
        return bytes.withUnsafeBytes { raw in
            (0..<bytes.count / MemoryLayout<W>.size).map { raw.loadUnaligned(fromByteOffset: $0 * MemoryLayout<W>.size, as: W.self) }
        }
    }
}

/// A float64 stored as the 16 hex digits of its IEEE 754 bits.
struct HexDouble: Decodable {
    let value: Double

    init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let bits = UInt64(text, radix: 16) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad hex \(text)"))
        }
        value = Double(bitPattern: bits)
    }
}

/// A matrix stored as its shape and row-major hex-encoded elements.
struct MatrixEntry: Decodable {
    let shape: [Int]
    let data: [HexDouble]

    var matrix: Matrix { Matrix(rows: shape[0], columns: shape[1], data: data.map(\.value)) }
}

/// The first index where two sequences of doubles differ in their bits, or `nil` if they are identical
/// (a length difference counts as a mismatch at the shorter length).
func firstBitMismatch(_ actual: [Double], _ expected: [Double]) -> Int? {
    for index in 0..<min(actual.count, expected.count) where actual[index].bitPattern != expected[index].bitPattern {
        return index
    }
    return actual.count == expected.count ? nil : min(actual.count, expected.count)
}

/// The first index where two integer sequences differ, or `nil` if they are equal (a length difference
/// counts as a mismatch at the shorter length).
func firstMismatch<T: Equatable>(_ actual: [T], _ expected: [T]) -> Int? {
    for index in 0..<min(actual.count, expected.count) where actual[index] != expected[index] {
        return index
    }
    return actual.count == expected.count ? nil : min(actual.count, expected.count)
}

/// A message naming the first mismatching draw, both values and their bits.
func mismatchMessage(_ what: String, _ actual: [Double], _ expected: [Double], at index: Int) -> Comment {
    let got = index < actual.count ? "\(actual[index]) (0x\(String(actual[index].bitPattern, radix: 16)))" : "nothing"
    let want = index < expected.count ? "\(expected[index]) (0x\(String(expected[index].bitPattern, radix: 16)))" : "nothing"
    return "\(what): first mismatch at index \(index) of \(expected.count): got \(got), numpy has \(want)"
}
