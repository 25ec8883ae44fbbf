import Assignments
import WorkerProtocol
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The main loop of a grading worker: the process that runs student code, one exercise per process.
///
/// The grader compiles the student's file together with a one-line `main.swift`,
/// `Worker.serve(.adam(StudentAdam()))`, and starts it as `worker <work-folder> <first-index>`.
/// The protocol (`WorkerExchange`) is lines on the worker's standard output and files in the work folder.
/// Everything the student's code prints goes to the case's own output file, never to the protocol.
public enum Worker {
    /// Limits that keep a runaway case from harming the machine: the largest file a case may write
    /// (its printed output), and the address space of the process.
    static let outputFileLimit: rlim_t = 64 << 20
    static let addressSpaceLimit: rlim_t = 16 << 30

    /// Runs the cases of the work order from the given index on, then exits.
    ///
    /// - Parameter adapter: the exercise's adapter around the implementation under test.
    public static func serve(_ adapter: ExerciseAdapter) -> Never {
        let arguments = CommandLine.arguments
        guard arguments.count == 3, let firstIndex = Int(arguments[2]) else {
            fputs("usage: \(arguments.first ?? "worker") <work-folder> <first-case-index>\n", stderr)
            exit(64)
        }
        let folder = URL(fileURLWithPath: arguments[1])
        let order: WorkOrder
        do {
            let bytes = try Data(contentsOf: folder.appendingPathComponent(WorkerExchange.orderFile))
            order = try WorkOrder(decoding: [UInt8](bytes))
        } catch {
            fputs("worker: cannot read the work order: \(error)\n", stderr)
            exit(65)
        }
        applyLimits()
        AllocatorTuning.keepFreedMemory()
        let protocolChannel = ProtocolChannel()
        for index in firstIndex..<order.items.count {
            run(order.items[index], index: index, adapter: adapter, folder: folder, channel: protocolChannel)
        }
        exit(0)
    }

    /// Sends the running case's progress to the grader as `progress <case> <fraction>`; long cases
    /// (the experiments' trainings) call it so the grader can draw a progress bar.
    ///
    /// - Parameter fraction: how much of the case is done, from 0 to 1.
    public static func reportProgress(_ fraction: Double) {
        progressSink?(fraction)
    }

    /// Where `reportProgress` sends, set while a case runs.
    private static var progressSink: ((Double) -> Void)?

    private static func run(
        _ item: WorkItem, index: Int, adapter: ExerciseAdapter, folder: URL, channel: ProtocolChannel
    ) {
        let reportURL = folder.appendingPathComponent(WorkerExchange.reportFile(index))
        channel.send(WorkerExchange.startLine(index))
        channel.redirectStudentOutput(to: folder.appendingPathComponent(WorkerExchange.outputFile(index)).path)
        NotImplementedHandler.current = { function in
            channel.restoreOutput()
            write(WorkerReport.notImplemented(function: function), to: reportURL)
            channel.send(WorkerExchange.doneLine(index))
            exit(0)
        }
        progressSink = { fraction in channel.send(WorkerExchange.progressLine(index, fraction: fraction)) }
        defer { progressSink = nil }
        let start = DispatchTime.now().uptimeNanoseconds
        let report: WorkerReport
        do {
            let outputs = try adapter.run(function: item.function, inputs: item.inputs)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            report = .returned(outputs: outputs, seconds: seconds)
        } catch {
            report = .adapterFailed(message: String(describing: error))
        }
        channel.restoreOutput()
        write(report, to: reportURL)
        channel.send(WorkerExchange.doneLine(index))
    }

    private static func write(_ report: WorkerReport, to url: URL) {
        do {
            try Data(report.encoded()).write(to: url)
        } catch {
            fputs("worker: cannot write \(url.lastPathComponent): \(error)\n", stderr)
            exit(66)
        }
    }

    private static func applyLimits() {
        signal(SIGXFSZ, SIG_IGN)  // an oversized output file makes writes fail, not the process die
        var fileLimit = rlimit(rlim_cur: outputFileLimit, rlim_max: outputFileLimit)
        setrlimit(Int32(RLIMIT_FSIZE.rawValue), &fileLimit)
        var memoryLimit = rlimit(rlim_cur: addressSpaceLimit, rlim_max: addressSpaceLimit)
        setrlimit(Int32(RLIMIT_AS.rawValue), &memoryLimit)
    }
}
