/// What a worker wrote about one case it ran to the end (a crash or a timeout leaves no report).
public enum WorkerReport: Sendable, Equatable {
    /// The function returned; its outputs by name, and how long the call took.
    case returned(outputs: [String: Value], seconds: Double)
    /// The function called `notImplemented()`; the Swift name of the function.
    case notImplemented(function: String)
    /// The case did not fit the exercise (a grader fault): the adapter's message.
    case adapterFailed(message: String)

    private enum Tag: UInt8 { case returned = 1, notImplemented, adapterFailed }

    /// The report in the exchange format.
    public func encoded() -> [UInt8] {
        var writer = BinaryWriter()
        switch self {
        case .returned(let outputs, let seconds):
            writer.write(Tag.returned.rawValue)
            writer.write(seconds)
            writer.write(outputs)
        case .notImplemented(let function):
            writer.write(Tag.notImplemented.rawValue)
            writer.write(function)
        case .adapterFailed(let message):
            writer.write(Tag.adapterFailed.rawValue)
            writer.write(message)
        }
        return writer.bytes
    }

    /// Reads a report written by `encoded()`.
    ///
    /// - Throws: `BinaryReader.FormatError` when the bytes are not a report.
    public init(decoding bytes: [UInt8]) throws {
        var reader = BinaryReader(bytes)
        let tagByte = try reader.readByte()
        switch Tag(rawValue: tagByte) {
        case .returned:
            let seconds = try reader.readDouble()
            self = .returned(outputs: try reader.readNamedValues(), seconds: seconds)
        case .notImplemented: self = .notImplemented(function: try reader.readString())
        case .adapterFailed: self = .adapterFailed(message: try reader.readString())
        case nil: throw BinaryReader.FormatError(description: "unknown worker report tag \(tagByte)")
        }
    }
}

/// The files and protocol lines a grader and its worker share, in one place so both sides agree.
///
/// The worker is started as `worker <work-folder> <first-case-index>`. It reads `order.bin`, and for
/// each case k from the first index: prints `start k` on its standard output, sends the student's own
/// output to `case-k.out`, runs the case (a long one prints `progress k <fraction>` lines as it goes),
/// writes `case-k.report`, and prints `done k`.
public enum WorkerExchange {
    /// The work order's file name inside the work folder.
    public static let orderFile = "order.bin"
    /// The report file of case `index`.
    public static func reportFile(_ index: Int) -> String { "case-\(index).report" }
    /// The file that collects what the student's code printed during case `index`.
    public static func outputFile(_ index: Int) -> String { "case-\(index).out" }
    /// The line announcing that case `index` starts.
    public static func startLine(_ index: Int) -> String { "start \(index)" }
    /// The line telling how much of case `index` is done (`fraction` from 0 to 1), sent by long cases.
    public static func progressLine(_ index: Int, fraction: Double) -> String { "progress \(index) \(fraction)" }
    /// The line announcing that case `index` ended and its report is written.
    public static func doneLine(_ index: Int) -> String { "done \(index)" }
}
