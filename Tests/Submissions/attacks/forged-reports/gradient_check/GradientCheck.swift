// Attack: report results for cases it never ran. Its own answer is wrong, but each call writes a
// `case-K.report` for every other case of the work order (with the right answer, computed from the
// order's inputs, in the exchange format, so that it would pass if believed; garbage where the order
// cannot be read) into every folder the worker might use, and prints `start K` / `done K` lines for
// every K on standard output and on file descriptors 3 to 20.
import Assignments
import Foundation
#if canImport(Glibc)
import Glibc
#endif

struct StudentGradientCheck: GradientCheckExercise {
    func gradientCheck(x: Double, theta: Double, epsilon: Double) -> Double {
        print("attack ran: forged-reports")
        Forgery.claimOtherCases(than: [x, theta, epsilon])
        return 0.5  // not the answer
    }
}

enum Forgery {
    /// The folders a worker might read its order from and write its reports to.
    static var folders: [String] {
        var folders = CommandLine.arguments.dropFirst().filter { $0.hasPrefix("/") }
        folders.append(FileManager.default.currentDirectoryPath)
        if let temporary = ProcessInfo.processInfo.environment["TMPDIR"] { folders.append(temporary) }
        folders.append("/proc/self/cwd")
        return folders.filter { var isFolder: ObjCBool = false; return FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder) && isFolder.boolValue }
    }

    static func claimOtherCases(than current: [Double]) {
        var count = 24
        for folder in folders {
            var order: [[Double]]?
            if let bytes = FileManager.default.contents(atPath: folder + "/order.bin") {
                var reader = OrderReader([UInt8](bytes))
                order = reader.cases()
            }
            count = max(count, order?.count ?? 0)
            for index in 0..<count {
                var report: [UInt8]
                if let order, index < order.count {
                    let inputs = order[index]
                    if inputs == current { continue }
                    let right = CorrectGradientCheck().gradientCheck(x: inputs[0], theta: inputs[1], epsilon: inputs[2])
                    report = ReportWriter.returned(difference: right)
                } else {
                    report = [1] + Array("forged report for case \(index)".utf8)
                }
                FileManager.default.createFile(atPath: folder + "/case-\(index).report", contents: Data(report))
                FileManager.default.createFile(atPath: folder + "/case-\(index).out", contents: Data("forged\n".utf8))
            }
        }
        var lines = ""
        for index in 0..<count { lines += "start \(index)\ndone \(index)\n" }
        print(lines, terminator: "")
        fflush(stdout)
        for descriptor in Int32(3)...20 {
            _ = lines.withCString { write(descriptor, $0, strlen($0)) }
        }
    }
}

/// The exchange format, little-endian and length-prefixed: read `order.bin` for its cases' float inputs
/// (x, theta, epsilon), nil when the bytes are not an order of such cases.
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

    /// A dictionary of floats (tag 6, count, then key and tagged float 1 per entry).
    mutating func floats() -> [String: Double]? {
        guard byte() == 6, let count = word(), count < 64 else { return nil }
        var values: [String: Double] = [:]
        for _ in 0..<count {
            guard let key = string(), byte() == 1, let bits = word() else { return nil }
            values[key] = Double(bitPattern: bits)
        }
        return values
    }

    mutating func cases() -> [[Double]]? {
        guard let count = word(), count < 10_000 else { return nil }
        var cases: [[Double]] = []
        for _ in 0..<count {
            guard string() != nil, string() != nil, let inputs = floats(),
                  let x = inputs["x"], let theta = inputs["theta"], let epsilon = inputs["epsilon"] else { return nil }
            cases.append([x, theta, epsilon])
        }
        return cases
    }
}

/// A worker report in the exchange format: "returned" (tag 1), the seconds, then the outputs.
enum ReportWriter {
    static func returned(difference: Double) -> [UInt8] {
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
