import Fixtures
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs one exercise's cases in worker processes and watches them: the grader's isolation boundary.
///
/// One worker runs the cases in order. When it dies on a case (a trap, a stack overflow, an `exit`), or
/// a case passes the time limit (the worker is killed with SIGKILL), that case alone is charged, and a
/// fresh worker resumes with the next case. The student's code never runs in the grader's process.
public struct WorkerSupervisor: Sendable {
    /// Seconds one case may run.
    public var timeout: Double
    /// How much of a case's printed output is kept.
    public var outputLimit: Int
    /// Called with a case's index and the fraction done when its worker reports progress (long cases).
    public var onProgress: (@Sendable (Int, Double) -> Void)?

    /// Creates a supervisor.
    public init(timeout: Double, outputLimit: Int = 16 * 1024, onProgress: (@Sendable (Int, Double) -> Void)? = nil) {
        self.timeout = timeout
        self.outputLimit = outputLimit
        self.onProgress = onProgress
    }

    /// Runs every case of `order` with the worker executable.
    ///
    /// - Returns: one execution per work item, in order.
    /// - Throws: `GraderFailure` when the work folder cannot be written.
    public func run(worker: URL, order: WorkOrder) throws -> [CaseExecution] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("grader-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(order.encoded()).write(to: folder.appendingPathComponent(WorkerExchange.orderFile))
        } catch {
            throw GraderFailure("cannot write the work folder \(folder.path): \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        var executions = [CaseExecution?](repeating: nil, count: order.items.count)
        var next = 0
        while next < order.items.count {
            let resumeAt = runWorker(worker, folder: folder, from: next, count: order.items.count, into: &executions)
            guard resumeAt > next else {
                let reason = executions[next].flatMap { if case .workerFailed(let r) = $0 { r } else { nil } }
                    ?? "the worker stopped before running the case"
                for index in next..<order.items.count where executions[index] == nil {
                    executions[index] = .workerFailed(reason: reason)
                }
                break
            }
            next = resumeAt
        }
        return executions.map { $0 ?? .workerFailed(reason: "the case was never run") }
    }

    /// Starts one worker at `first` and follows it until it ends; returns the index to resume at.
    private func runWorker(
        _ worker: URL, folder: URL, from first: Int, count: Int, into executions: inout [CaseExecution?]
    ) -> Int {
        let process = Process()
        process.executableURL = worker
        process.arguments = [folder.path, String(first)]
        let protocolPipe = Pipe()
        process.standardOutput = protocolPipe
        let stderrURL = folder.appendingPathComponent("worker-stderr.txt")
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        process.standardError = try? FileHandle(forWritingTo: stderrURL)
        process.standardInput = FileHandle.nullDevice
        var environment = ProcessInfo.processInfo.environment
        // A short, symbolicated backtrace of the crashed thread: the grader keeps the student's frames.
        environment["SWIFT_BACKTRACE"] =
            "enable=yes,interactive=no,color=no,threads=crashed,registers=none,images=none,limit=24,top=0,sanitize=no"
        process.environment = environment
        do {
            try process.run()
        } catch {
            executions[first] = .workerFailed(reason: "cannot start the worker: \(error.localizedDescription)")
            return first
        }
        let reader = LineReader(descriptor: protocolPipe.fileHandleForReading.fileDescriptor)
        var current: Int?
        var caseStart = DispatchTime.now().uptimeNanoseconds
        var resumeAt = first
        let limit = UInt64(timeout * 1e9)
        // Before the first case the worker only loads its order: give it the case limit as well.
        var deadline = caseStart + limit
        loop: while true {
            switch reader.next(deadline: deadline) {
            case .line(let line):
                let parts = line.split(separator: " ")
                if parts.count == 3, parts[0] == "progress", let index = Int(parts[1]), let fraction = Double(parts[2]) {
                    onProgress?(index, fraction)
                    continue
                }
                guard parts.count == 2, let index = Int(parts[1]), index >= 0, index < count else { continue }
                let now = DispatchTime.now().uptimeNanoseconds
                if parts[0] == "start" {
                    current = index
                    caseStart = now
                    deadline = now + limit
                } else if parts[0] == "done" {
                    executions[index] = finishedCase(index, folder: folder, seconds: Double(now - caseStart) / 1e9)
                    current = nil
                    resumeAt = index + 1
                    deadline = now + limit
                }
            case .endOfFile:
                break loop
            case .deadlinePassed:
                kill(process.processIdentifier, SIGKILL)
                let index = current ?? resumeAt
                executions[index] = .timedOut(limit: timeout, output: capturedOutput(index, folder: folder))
                resumeAt = index + 1
                current = nil
                break loop
            }
        }
        process.waitUntilExit()
        try? protocolPipe.fileHandleForReading.close()
        if let index = current {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - caseStart) / 1e9
            executions[index] = .crashed(
                reason: TerminationDescription.describe(process), output: capturedOutput(index, folder: folder),
                seconds: seconds)
            resumeAt = index + 1
        } else if resumeAt == first && executions[first] == nil {
            let stderrText = String(decoding: FileManager.default.contents(atPath: stderrURL.path) ?? Data(), as: UTF8.self)
            executions[first] = .workerFailed(
                reason: "the worker \(TerminationDescription.describe(process)) before its first case"
                    + (stderrText.isEmpty ? "" : ": \(stderrText.trimmingCharacters(in: .whitespacesAndNewlines))"))
        }
        return resumeAt
    }

    private func finishedCase(_ index: Int, folder: URL, seconds: Double) -> CaseExecution {
        let reportURL = folder.appendingPathComponent(WorkerExchange.reportFile(index))
        let output = capturedOutput(index, folder: folder)
        guard let data = FileManager.default.contents(atPath: reportURL.path) else {
            return .workerFailed(reason: "the worker finished the case without a report")
        }
        do {
            return .reported(try WorkerReport(decoding: [UInt8](data)), output: output, seconds: seconds)
        } catch {
            return .workerFailed(reason: "the worker's report is unreadable: \(error)")
        }
    }

    private func capturedOutput(_ index: Int, folder: URL) -> CapturedOutput {
        let url = folder.appendingPathComponent(WorkerExchange.outputFile(index))
        guard let handle = try? FileHandle(forReadingFrom: url) else { return .empty }
        defer { try? handle.close() }
        let total = (try? handle.seekToEnd()).map(Int.init) ?? 0
        try? handle.seek(toOffset: 0)
        let head = (try? handle.read(upToCount: outputLimit)) ?? Data()
        return CapturedOutput(text: String(decoding: head, as: UTF8.self), totalBytes: total)
    }
}
