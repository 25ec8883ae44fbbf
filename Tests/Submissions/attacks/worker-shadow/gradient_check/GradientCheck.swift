// Attack: take the place of the worker's main loop. The graded function is the untouched stub, but the
// file declares its own `Worker` and its own `CaseRunner` (with `Worker` and `GradientCheckCases`), so
// that a generated main calling `Worker.serve(...)` or `CaseRunner.Worker.serve(CaseRunner.GradientCheckCases(...))`
// would call this code instead, which claims every case of the work order on the protocol (`start K`,
// a report with the right answer, `done K`) and exits. Judged normally, every case is "not implemented".
import Assignments
import Foundation
#if canImport(Glibc)
import Glibc
#endif

struct StudentGradientCheck: GradientCheckExercise {
    func gradientCheck(x: Double, theta: Double, epsilon: Double) -> Double {
        notImplemented()
    }
}

enum Worker {
    static func serve(_ adapter: Any) -> Never { Hijack.claimEveryCase() }
}

enum CaseRunner {
    enum Worker {
        static func serve(_ adapter: Any) -> Never { Hijack.claimEveryCase() }
    }

    struct GradientCheckCases {
        init(_ implementation: Any) {}
    }
}

enum Hijack {
    static func claimEveryCase() -> Never {
        let arguments = CommandLine.arguments
        let folder = arguments.count > 1 ? arguments[1] : FileManager.default.currentDirectoryPath
        let first = arguments.count > 2 ? Int(arguments[2]) ?? 0 : 0
        var cases: [[Double]]? = nil
        if let bytes = FileManager.default.contents(atPath: folder + "/order.bin") {
            var reader = OrderReader([UInt8](bytes))
            cases = reader.cases()
        }
        for index in first..<max(first + 1, cases?.count ?? 24) {
            print("start \(index)")
            var report: [UInt8] = [1] + Array("hijacked".utf8)
            if let inputs = cases?[index] {
                report = returned(CorrectGradientCheck().gradientCheck(x: inputs[0], theta: inputs[1], epsilon: inputs[2]))
            }
            FileManager.default.createFile(atPath: folder + "/case-\(index).report", contents: Data(report))
            FileManager.default.createFile(atPath: folder + "/case-\(index).out", contents: Data("attack ran: worker-shadow\n".utf8))
            print("done \(index)")
        }
        fflush(stdout)
        exit(0)
    }

    /// A worker report in the exchange format: "returned" (tag 1), the seconds, then `difference`.
    static func returned(_ difference: Double) -> [UInt8] {
        var bytes: [UInt8] = [1]
        func word(_ value: UInt64) { for shift in 0..<8 { bytes.append(UInt8((value >> (8 * UInt64(shift))) & 0xFF)) } }
        word((0.001).bitPattern)
        bytes.append(6)
        word(1)
        word(UInt64("difference".utf8.count))
        bytes += Array("difference".utf8)
        bytes.append(1)
        word(difference.bitPattern)
        return bytes
    }
}

/// Reads `order.bin` in the exchange format (little-endian, length-prefixed) for its cases' float inputs.
struct OrderReader {
    var bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func word() -> UInt64? {
        guard offset + 8 <= bytes.count else { return nil }
        var value: UInt64 = 0
        for shift in 0..<8 { value |= UInt64(bytes[offset + shift]) << (8 * UInt64(shift)) }
        offset += 8
        return value
    }

    mutating func string() -> String? {
        guard let length = word(), length < 1 << 20, offset + Int(length) <= bytes.count else { return nil }
        defer { offset += Int(length) }
        return String(decoding: bytes[offset..<offset + Int(length)], as: UTF8.self)
    }

    mutating func byte() -> UInt8? {
        guard offset < bytes.count else { return nil }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func cases() -> [[Double]]? {
        guard let count = word(), count < 10_000 else { return nil }
        var cases: [[Double]] = []
        for _ in 0..<count {
            guard string() != nil, string() != nil, byte() == 6, let entries = word(), entries < 64 else { return nil }
            var inputs: [String: Double] = [:]
            for _ in 0..<entries {
                guard let key = string(), byte() == 1, let bits = word() else { return nil }
                inputs[key] = Double(bitPattern: bits)
            }
            guard let x = inputs["x"], let theta = inputs["theta"], let epsilon = inputs["epsilon"] else { return nil }
            cases.append([x, theta, epsilon])
        }
        return cases
    }
}
