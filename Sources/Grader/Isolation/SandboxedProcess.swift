import CSandbox
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Resource limits of a sandboxed process, inherited by everything it starts.
struct ResourceLimits: Sendable {
    /// CPU seconds.
    var cpuSeconds: Int
    /// Bytes of address space.
    var addressSpace: Int
    /// The largest file it may write, in bytes.
    var fileSize: Int
    /// Processes and threads of its user.
    var processes: Int

    /// A worker's limits: CPU for all its cases, 16 GiB of address space, 64 MiB per output file.
    static func worker(cases: Int, timeout: Double) -> ResourceLimits {
        ResourceLimits(
            cpuSeconds: Int((timeout * Double(max(cases, 1))).rounded(.up)) + 10, addressSpace: 16 << 30,
            fileSize: 64 << 20, processes: 256)
    }

    /// A compiler's limits: CPU for its time limit, 8 GiB of address space, 512 MiB per file.
    static func compiler(timeout: Double) -> ResourceLimits {
        ResourceLimits(cpuSeconds: Int(timeout.rounded(.up)) + 5, addressSpace: 8 << 30, fileSize: 512 << 20, processes: 256)
    }
}

/// A process started by `sandbox_spawn`: the leader of its own process group, which `kill()` ends whole.
final class SandboxedProcess: @unchecked Sendable {
    /// The process id (the group id too).
    let pid: pid_t
    /// Whether a bubblewrap in between reports the program's death by signal `n` as exit status 128 + n.
    private let signalsAsExitStatus: Bool
    private let lock = NSLock()
    private var ended: Termination?

    private init(pid: pid_t, signalsAsExitStatus: Bool) {
        self.pid = pid
        self.signalsAsExitStatus = signalsAsExitStatus
    }

    /// Starts `executable` with the given descriptors as its standard input, output and error.
    ///
    /// - Throws: `GraderFailure` when the process cannot be started.
    static func launch(
        executable: String, arguments: [String], environment: [String: String], directory: String?,
        descriptors: (input: Int32, output: Int32, error: Int32), limits: ResourceLimits,
        seccomp: sandbox_seccomp_mode, user: SandboxUser?, signalsAsExitStatus: Bool,
        landlock: (paths: [String], writable: Int)? = nil, argumentsOnDescriptor4: [String]? = nil
    ) throws -> SandboxedProcess {
        let argv = CStringArray([executable] + arguments)
        let envp = CStringArray(environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
        var cLimits = sandbox_limits(
            cpu_seconds: Int64(limits.cpuSeconds), address_space: Int64(limits.addressSpace),
            file_size: Int64(limits.fileSize), processes: Int64(limits.processes))
        var errorNumber: Int32 = 0
        let landlockPaths = landlock.map { CStringArray($0.paths) }
        let paths = landlockPaths.map { UnsafeRawPointer($0.pointers).assumingMemoryBound(to: UnsafePointer<CChar>?.self) }
        // bubblewrap's --args format: each argument followed by a NUL.
        var argumentBytes: [CChar] = []
        for argument in argumentsOnDescriptor4 ?? [] {
            argumentBytes += argument.utf8.map { CChar(bitPattern: $0) }
            argumentBytes.append(0)
        }
        // An executable just written (a worker copied for this run) is "busy" while a process another
        // thread forked meanwhile still holds the copy's descriptor, until that child closes it a moment
        // later: the start is tried again for up to a second.
        var pid: pid_t = -1
        for attempt in 0..<200 {
            if attempt > 0 { usleep(5_000) }
            pid = (directory ?? "/").withCString { directoryPointer in
                argumentBytes.withUnsafeBufferPointer { argumentBuffer in
                    sandbox_spawn(
                        executable, argv.pointers, envp.pointers, directoryPointer, descriptors.input, descriptors.output,
                        descriptors.error, &cLimits, seccomp, user?.uid ?? -1, user?.gid ?? -1,
                        paths, Int32(landlock?.paths.count ?? 0), Int32(landlock?.writable ?? 0),
                        argumentsOnDescriptor4 == nil ? nil : argumentBuffer.baseAddress, argumentBuffer.count, &errorNumber)
                }
            }
            if pid > 0 || errorNumber != ETXTBSY { break }
        }
        withExtendedLifetime(landlockPaths) {}
        guard pid > 0 else {
            throw GraderFailure("cannot start \(executable) in the sandbox: \(String(cString: strerror(errorNumber)))")
        }
        return SandboxedProcess(pid: pid, signalsAsExitStatus: signalsAsExitStatus)
    }

    /// Kills the process and every process of its group, and reaps it (no zombie is left behind in a
    /// long-lived grader, such as a batch).
    func kill() {
        _ = Glibc.kill(-pid, SIGKILL)
        _ = Glibc.kill(pid, SIGKILL)
        _ = wait()
    }

    /// Waits for the process to end; the group is killed afterwards so that nothing it started lingers.
    func wait() -> Termination {
        if let ended = lock.withLock({ ended }) { return ended }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { break }
        }
        return record(status)
    }

    /// How the process ended, or nil while it runs.
    func poll() -> Termination? {
        if let ended = lock.withLock({ ended }) { return ended }
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        guard result == pid else { return result < 0 ? record(0) : nil }
        return record(status)
    }

    private func record(_ status: Int32) -> Termination {
        // A process of the group may outlive its leader: end it too (the group id stays reserved
        // while any member lives, so this reaches no other process).
        _ = Glibc.kill(-pid, SIGKILL)
        let termination: Termination
        if status & 0x7f == 0 {
            let code = (status >> 8) & 0xff
            termination = signalsAsExitStatus && code > 128 && code < 128 + 65 ? .signaled(code - 128) : .exited(code)
        } else {
            termination = .signaled(status & 0x7f)
        }
        lock.withLock { ended = termination }
        return termination
    }
}

/// An unprivileged identity a grader running as root starts sandboxed processes as. Compiles share one
/// (they run no student code, and own the compiler's module cache); each worker gets its own, so that
/// one submission's fork bomb exhausts only its own process limit, and no worker can write what
/// another identity owns.
struct SandboxUser: Sendable, Equatable {
    /// The user id.
    var uid: Int32
    /// The group id.
    var gid: Int32

    /// `nobody`, for bubblewrap's probe.
    static let nobody = SandboxUser(uid: 65534, gid: 65534)

    /// The compilers' identity.
    static let compiler = SandboxUser(uid: 99_999, gid: 99_999)

    /// A fresh identity for one worker run, drawn from ids no account uses (100000 and up).
    static func worker() -> SandboxUser {
        let id = Int32(100_000 + Int.random(in: 0..<900_000))
        return SandboxUser(uid: id, gid: id)
    }

    /// Whether this grader may change identity at all: only as root (and need not otherwise).
    static var canSwitch: Bool { geteuid() == 0 }
}

/// A NULL-terminated array of C strings, freed with it.
private final class CStringArray {
    let pointers: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
    private let count: Int

    init(_ strings: [String]) {
        count = strings.count
        pointers = .allocate(capacity: strings.count + 1)
        for (index, string) in strings.enumerated() { pointers[index] = strdup(string) }
        pointers[strings.count] = nil
    }

    deinit {
        for index in 0..<count { free(pointers[index]) }
        pointers.deallocate()
    }
}
