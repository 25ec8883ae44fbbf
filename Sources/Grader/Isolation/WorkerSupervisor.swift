import Fixtures
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs one exercise's cases in sandboxed worker processes and watches them: the grader's isolation boundary.
///
/// One worker runs the cases in order. When it dies on a case (a trap, a stack overflow, an `exit`), or
/// a case passes the time limit (the worker's process group is killed), that case alone is charged, and
/// a fresh worker resumes with the next case. The grader trusts nothing the worker says beyond the
/// protocol: `start k` for exactly the case it expects next, then `progress k f` lines and `done k` for
/// that case, and a report file only after `done k`. Anything else (garbage, another case's lines, an
/// overlong line) makes the running case an error and the worker is killed. The student's code never
/// runs in the grader's process, and nothing a worker starts outlives its case.
public struct WorkerSupervisor: Sendable {
    /// Seconds one case may run.
    public var timeout: Double
    /// Where workers run.
    public var sandbox: Sandbox
    /// How much of a case's printed output is kept: this many bytes of its head and of its tail.
    public var outputLimit: Int
    /// Called with a case's index and the fraction done when its worker reports progress (long cases).
    public var onProgress: (@Sendable (Int, Double) -> Void)?

    /// The worker's environment: nothing of the grader's (no tokens), only what the runtime needs.
    static let workerEnvironment = [
        "PATH": "/usr/bin:/bin", "HOME": "/tmp", "TMPDIR": "/tmp", "LANG": "C.UTF-8",
        // A short, symbolicated backtrace of the crashed thread: the grader keeps the student's frames.
        "SWIFT_BACKTRACE":
            "enable=yes,interactive=no,color=no,threads=crashed,registers=none,images=none,limit=24,top=0,sanitize=no",
    ]

    /// Creates a supervisor.
    public init(
        timeout: Double, sandbox: Sandbox, outputLimit: Int = 8 * 1024, onProgress: (@Sendable (Int, Double) -> Void)? = nil
    ) {
        self.timeout = timeout
        self.sandbox = sandbox
        self.outputLimit = outputLimit
        self.onProgress = onProgress
    }

    /// Runs every case of `order` with the worker executable.
    ///
    /// - Returns: one execution per work item, in order.
    /// - Throws: `GraderFailure` when the work folder cannot be written.
    public func run(worker compiledWorker: URL, order: WorkOrder) throws -> [CaseExecution] {
        let folder = try WorkFolder.make(prefix: "grader", for: nil)
        defer { try? FileManager.default.removeItem(at: folder) }
        // The worker runs from a copy beside its work folder, read-only, so that nothing the sandboxed
        // process can see (its mounts, its own path) names the grader's build folder.
        let binary = try WorkFolder.make(prefix: "grader-worker", for: nil)
        defer { try? FileManager.default.removeItem(at: binary) }
        let worker = binary.appendingPathComponent("worker")
        do {
            try FileManager.default.copyItem(at: compiledWorker, to: worker)
            chmod(binary.path, 0o755)
        } catch {
            throw GraderFailure("cannot copy the worker to \(binary.path): \(error.localizedDescription)")
        }
        do {
            try Data(order.encoded()).write(to: folder.appendingPathComponent(WorkerExchange.orderFile))
        } catch {
            throw GraderFailure("cannot write the work folder \(folder.path): \(error.localizedDescription)")
        }
        var executions = [CaseExecution?](repeating: nil, count: order.items.count)
        var next = 0
        while next < order.items.count {
            let resumeAt = try runWorker(
                worker, folder: folder, from: next, count: order.items.count, into: &executions)
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

    /// Where the protocol stands while a worker runs.
    private struct Progress {
        /// The case the worker announced and has not finished.
        var current: Int?
        /// The case to run next (or to resume at).
        var next: Int
        /// When the current case (or the wait for the next) started, in uptime nanoseconds.
        var since: UInt64
    }

    /// Starts one worker at `first` and follows it until it ends; returns the index to resume at.
    private func runWorker(
        _ worker: URL, folder: URL, from first: Int, count: Int,
        into executions: inout [CaseExecution?]
    ) throws -> Int {
        removeLeftovers(in: folder, from: first, count: count)
        // Each worker gets an identity of its own, and the folder passes to it. A worker killed with a
        // case leaves that case's processes exiting for a moment (and their zombies until an init reaps
        // them), counted against the process limit of the identity they ran as: a worker started as the
        // same identity could fail to start. What is left of the old one can no longer write here.
        let identity = sandbox.workerIdentity()
        try WorkFolder.handOver(folder, to: identity)
        let stderrURL = folder.appendingPathComponent("worker-stderr.txt")
        let workerMount = SandboxMount(host: worker.path, inside: "/grader/worker")
        let folderMount = SandboxMount(host: folder.path, inside: "/grader/work", writable: true)
        let job = SandboxJob(
            executable: sandbox.visible(workerMount), arguments: [sandbox.visible(folderMount), String(first)],
            mounts: [workerMount, folderMount], environment: Self.workerEnvironment, directory: sandbox.visible(folderMount),
            limits: .worker(cases: count - first, timeout: timeout))
        var pipeDescriptors: [Int32] = [-1, -1]
        guard pipe(&pipeDescriptors) == 0 else { throw GraderFailure("cannot make a pipe for the worker") }
        for descriptor in pipeDescriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        let stderrDescriptor = open(stderrURL.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        let nullDescriptor = open("/dev/null", O_RDONLY | O_CLOEXEC)
        defer {
            close(pipeDescriptors[0])
            close(stderrDescriptor)
            close(nullDescriptor)
        }
        let process: SandboxedProcess
        do {
            process = try sandbox.launch(job, as: identity, descriptors: (nullDescriptor, pipeDescriptors[1], stderrDescriptor))
            close(pipeDescriptors[1])
        } catch {
            close(pipeDescriptors[1])
            executions[first] = .workerFailed(reason: "cannot start the worker: \(error)")
            return first
        }
        defer { process.kill() }
        let reader = LineReader(descriptor: pipeDescriptors[0])
        var state = Progress(current: nil, next: first, since: DispatchTime.now().uptimeNanoseconds)
        let limit = UInt64(timeout * 1e9)
        func elapsed(_ now: UInt64) -> Double { Double(now - state.since) / 1e9 }
        while state.next < count || state.current != nil {
            let now = DispatchTime.now().uptimeNanoseconds
            // Before each case the worker only loads its order or writes a report: the case limit covers both.
            let deadline = state.since + limit
            switch reader.next(deadline: min(deadline, now + 100_000_000)) {
            case .line(let line), .overlongLine(let line):
                switch WorkerLine(line) {
                case .progress(let index, let fraction) where index == state.current:
                    onProgress?(index, fraction)
                case .start(let index) where state.current == nil && index == state.next:
                    state.current = index
                    state.since = DispatchTime.now().uptimeNanoseconds
                case .done(let index) where index == state.current:
                    let finished = DispatchTime.now().uptimeNanoseconds
                    executions[index] = finishedCase(index, folder: folder, seconds: elapsed(finished))
                    state = Progress(current: nil, next: index + 1, since: finished)
                default:
                    let index = state.current ?? state.next
                    process.kill()
                    executions[index] = .brokeProtocol(
                        detail: Self.quoted(line), output: capturedOutput(index, folder: folder),
                        seconds: elapsed(DispatchTime.now().uptimeNanoseconds))
                    return index + 1
                }
            case .deadlinePassed where DispatchTime.now().uptimeNanoseconds >= deadline:
                process.kill()
                let index = state.current ?? state.next
                executions[index] = .timedOut(limit: timeout, output: capturedOutput(index, folder: folder))
                return index + 1
            case .deadlinePassed:
                // A descendant may hold the pipe open after the worker died: watch the worker itself.
                if process.poll() != nil, !reader.hasBufferedLine { return ended(process, state, folder, stderrURL, &executions) }
            case .endOfFile:
                return ended(process, state, folder, stderrURL, &executions)
            }
        }
        return state.next
    }

    /// The worker ended (or closed its channel) before it finished: charge the case it was running.
    private func ended(
        _ process: SandboxedProcess, _ state: Progress, _ folder: URL, _ stderrURL: URL,
        _ executions: inout [CaseExecution?]
    ) -> Int {
        let deadline = DispatchTime.now().uptimeNanoseconds + 2_000_000_000
        var termination = process.poll()
        while termination == nil && DispatchTime.now().uptimeNanoseconds < deadline {
            usleep(10_000)
            termination = process.poll()
        }
        if termination == nil { process.kill() }
        let how = termination ?? .signaled(SIGKILL)
        if let index = state.current {
            executions[index] = .crashed(
                how, output: capturedOutput(index, folder: folder),
                seconds: Double(DispatchTime.now().uptimeNanoseconds - state.since) / 1e9)
            return index + 1
        }
        let stderrText = String(decoding: (FileManager.default.contents(atPath: stderrURL.path) ?? Data()).prefix(2048), as: UTF8.self)
        executions[state.next] = .workerFailed(
            reason: "the worker \(how.explained) before case \(state.next + 1)"
                + (stderrText.isEmpty ? "" : ": \(stderrText.trimmingCharacters(in: .whitespacesAndNewlines))"))
        return state.next
    }

    /// A protocol line as the supervisor reads it.
    private enum WorkerLine {
        case start(Int)
        case progress(Int, Double)
        case done(Int)
        case other

        init(_ line: String) {
            let parts = line.split(separator: " ", omittingEmptySubsequences: false)
            switch (parts.first, parts.count) {
            case ("start", 2): self = Int(parts[1]).map { .start($0) } ?? .other
            case ("done", 2): self = Int(parts[1]).map { .done($0) } ?? .other
            case ("progress", 3):
                if let index = Int(parts[1]), let fraction = Double(parts[2]), fraction.isFinite {
                    self = .progress(index, min(max(fraction, 0), 1))
                } else {
                    self = .other
                }
            default: self = .other
            }
        }
    }

    /// A line the worker should not have sent, quoted short and printable.
    private static func quoted(_ line: String) -> String {
        let printable = String(line.unicodeScalars.prefix(60).map { $0.value >= 32 && $0.value < 127 ? Character($0) : "?" })
        return "\"\(printable)\(line.unicodeScalars.count > 60 ? "…" : "")\""
    }

    /// Removes what an earlier worker left for the cases from `first` on, its reports and the output files
    /// it may have planted, so that only this worker's can be read (this worker, another identity, could
    /// not write over them).
    private func removeLeftovers(in folder: URL, from first: Int, count: Int) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let outputs = Set((first..<count).map(WorkerExchange.outputFile))
        for name in names where name.hasSuffix(".report") || outputs.contains(name) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    private func finishedCase(_ index: Int, folder: URL, seconds: Double) -> CaseExecution {
        let reportURL = folder.appendingPathComponent(WorkerExchange.reportFile(index))
        let output = capturedOutput(index, folder: folder)
        defer { try? FileManager.default.removeItem(at: reportURL) }
        guard let data = Self.readRegularFile(reportURL, limit: 1 << 30) else {
            return .workerFailed(reason: "the worker finished the case without a report")
        }
        do {
            return .reported(try WorkerReport(decoding: data), output: output, seconds: seconds)
        } catch {
            return .brokeProtocol(detail: "an unreadable report (\(error))", output: output, seconds: seconds)
        }
    }

    /// A file's bytes, when it is a regular file (not a symlink a worker planted) of at most `limit` bytes.
    static func readRegularFile(_ url: URL, limit: Int) -> [UInt8]? {
        let descriptor = open(url.path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) <= limit else { return nil }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        return (try? handle.readToEnd()).map { [UInt8]($0) }
    }

    /// What case `index` printed: its first and last `outputLimit` bytes.
    private func capturedOutput(_ index: Int, folder: URL) -> CapturedOutput {
        let url = folder.appendingPathComponent(WorkerExchange.outputFile(index))
        let descriptor = open(url.path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .empty }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return .empty }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        let total = Int(status.st_size)
        let head = (try? handle.read(upToCount: outputLimit)) ?? Data()
        var tail = Data()
        if total > 2 * outputLimit {
            try? handle.seek(toOffset: UInt64(total - outputLimit))
            tail = (try? handle.read(upToCount: outputLimit)) ?? Data()
        } else if total > outputLimit {
            tail = (try? handle.read(upToCount: total - outputLimit)) ?? Data()
        }
        return CapturedOutput(
            text: String(decoding: head, as: UTF8.self), tail: String(decoding: tail, as: UTF8.self), totalBytes: total)
    }
}
