import NumericCore

/// Reads what `BinaryWriter` wrote, checking every length against the bytes that remain.
public struct BinaryReader {
    /// The exchange data is truncated or not in the format.
    public struct FormatError: Error, CustomStringConvertible, Sendable {
        /// What was wrong, and at which byte offset.
        public var description: String
    }

    private let bytes: [UInt8]
    private var offset = 0

    /// Creates a reader over `bytes`, starting at the first byte.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// True when every byte has been read.
    public var isAtEnd: Bool { offset == bytes.count }

    private func fail(_ reason: String) -> FormatError {
        FormatError(description: "worker data at byte \(offset): \(reason)")
    }

    private mutating func take(_ count: Int) throws -> ArraySlice<UInt8> {
        guard count >= 0, count <= bytes.count - offset else { throw fail("needs \(count) more bytes, has \(bytes.count - offset)") }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    /// Reads a 64-bit unsigned integer.
    public mutating func readUInt64() throws -> UInt64 {
        let slice = try take(8)
        var number: UInt64 = 0
        for (shift, byte) in slice.enumerated() { number |= UInt64(byte) << (8 * UInt64(shift)) }
        return number
    }

    /// Reads a signed integer.
    public mutating func readInt() throws -> Int {
        Int(Int64(bitPattern: try readUInt64()))
    }

    /// Reads a length or count, refusing a negative or impossible one.
    private mutating func readCount(elementSize: Int = 1) throws -> Int {
        let count = try readInt()
        guard count >= 0, count <= (bytes.count - offset) / max(elementSize, 1) else { throw fail("implausible length \(count)") }
        return count
    }

    /// Reads a double.
    public mutating func readDouble() throws -> Double {
        Double(bitPattern: try readUInt64())
    }

    /// Reads one byte.
    public mutating func readByte() throws -> UInt8 {
        try take(1).first!
    }

    /// Reads a length-prefixed UTF-8 string.
    public mutating func readString() throws -> String {
        String(decoding: try take(try readCount()), as: UTF8.self)
    }

    /// Reads a matrix.
    public mutating func readMatrix() throws -> Matrix {
        let rows = try readInt()
        let columns = try readInt()
        guard rows >= 0, columns >= 0, rows.multipliedReportingOverflow(by: columns).overflow == false else {
            throw fail("implausible shape (\(rows), \(columns))")
        }
        let count = rows * columns
        guard count <= (bytes.count - offset) / 8 else { throw fail("shape (\(rows), \(columns)) exceeds the data") }
        var storage = [Double](repeating: 0, count: count)
        storage.withUnsafeMutableBytes { target in
            bytes.withUnsafeBytes { source in
                target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + count * 8]))
            }
        }
        #if _endian(big)
        storage = storage.map { Double(bitPattern: UInt64(littleEndian: $0.bitPattern)) }
        #endif
        offset += count * 8
        return Matrix(rows: rows, columns: columns, data: storage)
    }

    /// The deepest nesting of dictionaries, lists and tuples read: a worker's report may not make the
    /// grader recurse without bound.
    public static let maximumDepth = 32

    /// Reads a tagged value.
    public mutating func readValue() throws -> Value {
        try readValue(depth: 0)
    }

    private mutating func readValue(depth: Int) throws -> Value {
        guard depth <= Self.maximumDepth else { throw fail("values nested deeper than \(Self.maximumDepth)") }
        let tagByte = try readByte()
        guard let tag = ValueTag(rawValue: tagByte) else { throw fail("unknown value tag \(tagByte)") }
        switch tag {
        case .float: return .float(try readDouble())
        case .int: return .int(try readInt())
        case .bool: return .bool(try readByte() != 0)
        case .matrix: return .matrix(try readMatrix())
        case .mask: return .mask(try readMatrix())
        case .dict:
            var entries: [String: Value] = [:]
            for _ in 0..<(try readCount()) {
                let key = try readString()
                entries[key] = try readValue(depth: depth + 1)
            }
            return .dict(entries)
        case .list: return .list(try (0..<(try readCount())).map { _ in try readValue(depth: depth + 1) })
        case .tuple: return .tuple(try (0..<(try readCount())).map { _ in try readValue(depth: depth + 1) })
        case .digest:
            let rows = try readInt()
            let columns = try readInt()
            let hash = try readString()
            let firstRow = try readMatrix().storage
            return .digest(MatrixDigest(shape: MatrixShape(rows: rows, columns: columns), sha256: hash, firstRow: firstRow))
        }
    }

    /// Reads named values written by `BinaryWriter.write(_: [String: Value])`.
    public mutating func readNamedValues() throws -> [String: Value] {
        guard case .dict(let values) = try readValue() else { throw fail("expected named values") }
        return values
    }
}
