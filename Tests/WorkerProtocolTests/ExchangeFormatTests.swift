import NumericCore
import Testing
import WorkerProtocol

@Suite struct ExchangeFormatTests {
    static let everyKind: Value = .dict([
        "float": .float(-0.0),
        "nan": .float(Double(bitPattern: 0x7FF8_0000_0000_1234)),
        "inf": .float(-.infinity),
        "int": .int(-42),
        "bool": .bool(true),
        "matrix": .matrix(Matrix([[1.5, -2], [5e-324, .greatestFiniteMagnitude]])),
        "mask": .mask(Matrix([[1, 0, 1]])),
        "empty": .matrix(Matrix.zeros(0, 3)),
        "list": .list([.tuple([.matrix(Matrix(column: [1, 2])), .mask(Matrix(row: [0, 1]))])]),
        "digest": .digest(MatrixDigest(shape: MatrixShape(rows: 2, columns: 2), sha256: String(repeating: "a", count: 64), firstRow: [1, 2])),
    ])

    /// Equality by bits, so that NaN payloads and signed zeros count.
    static func bits(_ value: Value) -> String {
        switch value {
        case .float(let number): "f\(number.bitPattern)"
        case .matrix(let matrix), .mask(let matrix): "m\(matrix.rows)x\(matrix.columns):\(matrix.storage.map(\.bitPattern))"
        case .dict(let entries): entries.keys.sorted().map { "\($0)=\(bits(entries[$0]!))" }.joined(separator: ";")
        case .list(let elements), .tuple(let elements): "[" + elements.map(bits).joined(separator: ",") + "]"
        default: "\(value)"
        }
    }

    @Test func everyValueKindRoundTripsBitForBit() throws {
        var writer = BinaryWriter()
        writer.write(Self.everyKind)
        var reader = BinaryReader(writer.bytes)
        let decoded = try reader.readValue()
        #expect(reader.isAtEnd)
        #expect(Self.bits(decoded) == Self.bits(Self.everyKind))
    }

    @Test func workOrdersAndReportsRoundTrip() throws {
        let order = WorkOrder(items: [
            WorkItem(id: "a[1]", function: "update_lr", inputs: ["x": .float(2)]),
            WorkItem(id: "a[2]", function: "schedule_lr_decay", inputs: [:]),
        ])
        #expect(try WorkOrder(decoding: order.encoded()) == order)
        for report in [WorkerReport.returned(outputs: ["J": .float(8)], seconds: 0.25),
                       .notImplemented(function: "updateLR(learningRate0:epochNum:decayRate:)"),
                       .adapterFailed(message: "no input x")] {
            #expect(try WorkerReport(decoding: report.encoded()) == report)
        }
    }

    @Test func truncatedOrForgedDataIsRefusedNotTrusted() {
        var writer = BinaryWriter()
        writer.write(Value.matrix(Matrix.ones(3, 3)))
        for cut in [1, 9, 17, 40] {
            var reader = BinaryReader(Array(writer.bytes.prefix(cut)))
            #expect(throws: BinaryReader.FormatError.self) { try reader.readValue() }
        }
        var forged = BinaryWriter()
        forged.write(UInt8(4))
        forged.write(Int.max / 2)
        forged.write(Int.max / 2)
        var reader = BinaryReader(forged.bytes)
        #expect(throws: BinaryReader.FormatError.self) { try reader.readValue() }
    }

    @Test func valuesNestedBeyondTheLimitAreRefused() throws {
        var nested = Value.int(1)
        for _ in 0..<(BinaryReader.maximumDepth + 1) { nested = .list([nested]) }
        var writer = BinaryWriter()
        writer.write(nested)
        var reader = BinaryReader(writer.bytes)
        #expect(throws: BinaryReader.FormatError.self) { try reader.readValue() }
        var shallow = Value.int(1)
        for _ in 0..<BinaryReader.maximumDepth { shallow = .list([shallow]) }
        var fits = BinaryWriter()
        fits.write(shallow)
        var fitsReader = BinaryReader(fits.bytes)
        #expect(try fitsReader.readValue() == shallow)
    }
}
