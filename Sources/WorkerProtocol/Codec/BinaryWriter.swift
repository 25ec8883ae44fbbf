import NumericCore

/// Appends values to a byte buffer in the worker exchange format: little-endian, length-prefixed.
///
/// The grader and its workers pass inputs and outputs through files in this format because it is exact
/// (raw float64 bits) and fast for the 12288 × 148 matrices of the mini-batch cases, where JSON is neither.
public struct BinaryWriter {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// Creates an empty writer.
    public init() {}

    /// Appends a 64-bit unsigned integer, little-endian.
    public mutating func write(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends a signed integer as 64 bits.
    public mutating func write(_ number: Int) {
        write(UInt64(bitPattern: Int64(number)))
    }

    /// Appends a double's IEEE-754 bits.
    public mutating func write(_ number: Double) {
        write(number.bitPattern)
    }

    /// Appends one byte.
    public mutating func write(_ byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends a UTF-8 string with its length.
    public mutating func write(_ text: String) {
        let utf8 = Array(text.utf8)
        write(utf8.count)
        bytes.append(contentsOf: utf8)
    }

    /// Appends a matrix: rows, columns, then the row-major elements.
    public mutating func write(_ matrix: Matrix) {
        write(matrix.rows)
        write(matrix.columns)
        #if _endian(little)
        matrix.storage.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
        for element in matrix.storage { write(element.bitPattern) }
        #endif
    }

    /// Appends a value with its kind tag; dictionary keys are written in sorted order.
    public mutating func write(_ value: Value) {
        write(ValueTag(value).rawValue)
        switch value {
        case .float(let number): write(number)
        case .int(let number): write(number)
        case .bool(let flag): write(UInt8(flag ? 1 : 0))
        case .matrix(let matrix), .mask(let matrix): write(matrix)
        case .dict(let entries):
            write(entries.count)
            for key in entries.keys.sorted() {
                write(key)
                write(entries[key]!)
            }
        case .list(let elements), .tuple(let elements):
            write(elements.count)
            for element in elements { write(element) }
        case .digest(let digest):
            write(digest.shape.rows)
            write(digest.shape.columns)
            write(digest.sha256)
            write(Matrix(row: digest.firstRow))
        }
    }

    /// Appends named values (a case's inputs or outputs), sorted by name.
    public mutating func write(_ values: [String: Value]) {
        write(Value.dict(values))
    }
}

/// The one-byte kind tag that precedes every value in the exchange format.
enum ValueTag: UInt8 {
    case float = 1, int, bool, matrix, mask, dict, list, tuple, digest

    init(_ value: Value) {
        switch value {
        case .float: self = .float
        case .int: self = .int
        case .bool: self = .bool
        case .matrix: self = .matrix
        case .mask: self = .mask
        case .dict: self = .dict
        case .list: self = .list
        case .tuple: self = .tuple
        case .digest: self = .digest
        }
    }
}
