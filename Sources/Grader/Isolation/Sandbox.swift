import CSandbox
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A folder of the grader's that a sandboxed process sees, at `inside`, read-only or writable.
struct SandboxMount: Sendable {
    /// The folder or file on the grading machine.
    var host: String
    /// Where the sandboxed process sees it (the same path at the fallback level, which cannot remap).
    var inside: String
    /// Whether the process may write to it.
    var writable = false
}

/// One program to run contained: what it sees, its environment and its limits.
struct SandboxJob: Sendable {
    /// The program, as a path the process sees (see `Sandbox.visible(_:)`).
    var executable: String
    /// Its arguments, with paths as the process sees them.
    var arguments: [String]
    /// What it sees besides the system's read-only folders.
    var mounts: [SandboxMount]
    /// Its whole environment: nothing of the grader's is passed on.
    var environment: [String: String]
    /// Its working directory, as the process sees it.
    var directory: String
    /// Its resource limits.
    var limits: ResourceLimits
}

/// Runs student processes (compiles and workers) at the strongest isolation the machine allows.
///
/// bubblewrap (`bwrap`) gives each process new user, PID, network, IPC and UTS namespaces, a cleared
/// environment, read-only system folders and only the job's mounts, with the seccomp filter of
/// `CSandbox`; a grader running as root starts it as `nobody`. Where no namespace can be made (a
/// container's default seccomp profile refuses them), the fallback level runs the program directly with
/// the same rlimits, filter, cleared environment and user. Every process leads its own process group,
/// which the grader kills whole.
public struct Sandbox: Sendable {
    /// The level in force.
    public let level: IsolationLevel
    /// The `bwrap` executable (bubblewrap level only).
    private let bubblewrap: String?
    /// The folders of the system every process sees read-only: the toolchain and the shared libraries.
    private let systemFolders: [String]

    /// Finds the strongest level `policy` allows.
    ///
    /// - Throws: `GraderFailure` when `policy` is `required` and bubblewrap cannot start, with why.
    public static func prepare(_ policy: SandboxPolicy) throws -> Sandbox {
        let system = systemFolders()
        if policy == .off { return Sandbox(level: .none, bubblewrap: nil, systemFolders: system) }
        if SandboxUser.canSwitch { try checkTemporaryFolderIsSearchable() }
        if policy != .fallback {
            switch probeBubblewrap(systemFolders: system, user: SandboxUser.canSwitch ? .nobody : nil) {
            case .success(let path):
                return Sandbox(level: .bubblewrap, bubblewrap: path, systemFolders: system)
            case .failure(let reason) where policy == .required:
                throw GraderFailure("--sandbox required: bubblewrap cannot start here (\(reason)); "
                    + "install bubblewrap and allow unprivileged user namespaces, or use --sandbox auto")
            case .failure:
                break
            }
        }
        guard sandbox_seccomp_available() != 0 else {
            throw GraderFailure("the sandbox's seccomp filter is refused by this kernel; grading needs it (or --sandbox off)")
        }
        let level: IsolationLevel = sandbox_landlock_abi() > 0 ? .landlock : .fallback
        return Sandbox(level: level, bubblewrap: nil, systemFolders: system)
    }

    /// A root grader runs student code as unprivileged identities, which must reach their work folders
    /// in the temporary folder: every folder on its path must let others search it (as /tmp does).
    private static func checkTemporaryFolderIsSearchable() throws {
        var folder = FileManager.default.temporaryDirectory.standardizedFileURL.resolvingSymlinksInPath()
        while true {
            var status = stat()
            if stat(folder.path, &status) == 0, status.st_mode & S_IXOTH == 0 {
                throw GraderFailure("the temporary folder \(FileManager.default.temporaryDirectory.path) cannot be entered by "
                    + "other users (\(folder.path) is not searchable), and the sandbox runs student code as an "
                    + "unprivileged user: set TMPDIR to a folder such as /tmp")
            }
            if folder.path == "/" { return }
            folder = folder.deletingLastPathComponent()
        }
    }

    /// The path a sandboxed process sees for a mount: `inside` under bubblewrap, else the real path.
    func visible(_ mount: SandboxMount) -> String {
        level == .bubblewrap ? mount.inside : mount.host
    }

    /// The identity compiles run as: `SandboxUser.compiler` for a root grader, else the grader's own.
    var compilerIdentity: SandboxUser? { level != .none && SandboxUser.canSwitch ? .compiler : nil }

    /// A fresh identity for one worker run (a root grader's), else the grader's own.
    func workerIdentity() -> SandboxUser? { level != .none && SandboxUser.canSwitch ? .worker() : nil }

    /// Starts `job` contained, as `user` (from `compilerIdentity` or `workerIdentity()`), with the given
    /// standard descriptors.
    ///
    /// - Throws: `GraderFailure` when the process cannot be started.
    func launch(
        _ job: SandboxJob, as user: SandboxUser?, descriptors: (input: Int32, output: Int32, error: Int32)
    ) throws -> SandboxedProcess {
        switch level {
        case .bubblewrap:
            // The options travel on descriptor 4: bubblewrap's command line, which the sandboxed process can
            // read as process 1's, then names only the program and its arguments as the sandbox sees them.
            return try SandboxedProcess.launch(
                executable: bubblewrap!, arguments: ["--args", "4", "--", job.executable] + job.arguments,
                environment: [:], directory: "/", descriptors: descriptors, limits: job.limits,
                seccomp: sandbox_seccomp_descriptor, user: user, signalsAsExitStatus: true,
                argumentsOnDescriptor4: Self.bubblewrapOptions(job, systemFolders: systemFolders))
        case .landlock, .fallback, .none:
            let contained = level != .none
            return try SandboxedProcess.launch(
                executable: job.executable, arguments: job.arguments, environment: job.environment,
                directory: job.directory, descriptors: descriptors, limits: job.limits,
                seccomp: contained ? sandbox_seccomp_install : sandbox_seccomp_none, user: user, signalsAsExitStatus: false,
                landlock: level == .landlock ? landlockPaths(job) : nil)
        }
    }

    /// What Landlock lets `job` reach: its writable mounts and `/dev/null` (read and write), then the
    /// system folders and its read-only mounts (read and execute). The job's own paths are the real ones.
    private func landlockPaths(_ job: SandboxJob) -> (paths: [String], writable: Int) {
        let writable = job.mounts.filter(\.writable).map(\.host) + ["/dev/null"]
        let readable = systemFolders + job.mounts.filter { !$0.writable }.map(\.host)
            + ["/dev/urandom", "/proc/self", "/proc/thread-self"]
        return (writable + readable, writable.count)
    }

    /// bubblewrap's command line for `job`: its options, then the program and its arguments.
    static func bubblewrapArguments(_ job: SandboxJob, systemFolders: [String]) -> [String] {
        bubblewrapOptions(job, systemFolders: systemFolders) + ["--", job.executable] + job.arguments
    }

    /// bubblewrap's options for `job`: namespaces, the system folders read-only, the job's mounts, a
    /// private /tmp, the environment, and the seccomp filter from descriptor 3.
    static func bubblewrapOptions(_ job: SandboxJob, systemFolders: [String]) -> [String] {
        var arguments = [
            "--unshare-all", "--die-with-parent", "--new-session", "--clearenv", "--hostname", "sandbox",
            "--uid", "65534", "--gid", "65534", "--cap-drop", "ALL",
        ]
        for folder in systemFolders { arguments += ["--ro-bind", folder, folder] }
        arguments += ["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]
        for mount in job.mounts {
            arguments += [mount.writable ? "--bind" : "--ro-bind", mount.host, mount.inside]
        }
        for (name, value) in job.environment.sorted(by: { $0.key < $1.key }) { arguments += ["--setenv", name, value] }
        arguments += ["--chdir", job.directory, "--seccomp", "3"]
        return arguments
    }

    /// The system folders a compiler and a worker need: the shared libraries and the Swift toolchain.
    private static func systemFolders() -> [String] {
        var folders = ["/usr", "/lib", "/lib64", "/lib32", "/libx32", "/bin", "/sbin", "/etc/ld.so.cache", "/etc/alternatives"]
            .filter { FileManager.default.fileExists(atPath: $0) }
        if let toolchain = Toolchain.root, !folders.contains(where: { toolchain.hasPrefix($0 + "/") }) {
            folders.append(toolchain)
        }
        return folders
    }

    /// Starts `/bin/true` (or the toolchain's `swiftc --version`) under bubblewrap; its path if it works.
    private static func probeBubblewrap(systemFolders: [String], user: SandboxUser?) -> Result<String, ProbeFailure> {
        guard let path = ["/usr/bin/bwrap", "/bin/bwrap", "/usr/local/bin/bwrap"].first(where: {
            FileManager.default.isExecutableFile(atPath: $0)
        }) else {
            return .failure(ProbeFailure("the bwrap command is not installed"))
        }
        let job = SandboxJob(
            executable: "/bin/true", arguments: [], mounts: [], environment: [:], directory: "/",
            limits: ResourceLimits(cpuSeconds: 5, addressSpace: 1 << 30, fileSize: 1 << 20, processes: 256))
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("grader-probe-\(UUID().uuidString)")
        let errorDescriptor = open(errorFile.path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        defer {
            if errorDescriptor >= 0 { close(errorDescriptor) }
            unlink(errorFile.path)
        }
        let nullDescriptor = open("/dev/null", O_RDWR | O_CLOEXEC)
        defer { close(nullDescriptor) }
        do {
            let process = try SandboxedProcess.launch(
                executable: path, arguments: bubblewrapArguments(job, systemFolders: systemFolders), environment: [:],
                directory: "/", descriptors: (nullDescriptor, nullDescriptor, errorDescriptor >= 0 ? errorDescriptor : nullDescriptor),
                limits: job.limits, seccomp: sandbox_seccomp_descriptor, user: user, signalsAsExitStatus: true)
            if process.wait() == .exited(0) { return .success(path) }
        } catch {
            return .failure(ProbeFailure("\(error)"))
        }
        let message = String(decoding: FileManager.default.contents(atPath: errorFile.path) ?? Data(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return .failure(ProbeFailure(message.isEmpty ? "bwrap failed" : message))
    }

    private struct ProbeFailure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
