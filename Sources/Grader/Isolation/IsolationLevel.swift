/// How strongly student code was contained in a run: named in every report.
public enum IsolationLevel: String, Sendable, Codable {
    /// bubblewrap: new user, PID, network, IPC and UTS namespaces, a cleared environment, read-only
    /// system folders and nothing of the grader's visible, plus the rlimits and the seccomp filter.
    case bubblewrap
    /// No namespaces could be made, but Landlock confines the process: it sees the system's folders,
    /// the worker and its own work folder only, opens no TCP connection and signals nothing outside;
    /// with the rlimits, the seccomp filter, a cleared environment and, for a root grader, another user.
    case landlock
    /// Neither namespaces nor Landlock: rlimits, the seccomp filter (no network sockets, no ptrace, no
    /// leaving the process group), a cleared environment and, for a grader running as root, another user.
    case fallback
    /// `--sandbox off`: student code ran as the grader's user with rlimits only.
    case none

    /// One line for the reports: the level and what it means.
    public var summary: String {
        switch self {
        case .bubblewrap:
            "bubblewrap (namespaces: user, pid, network, ipc, uts; cleared environment; only the worker and "
                + "the exercise's files visible; rlimits; seccomp)"
        case .landlock:
            "landlock (no namespaces; Landlock: only the system folders, the worker and its work folder visible, "
                + "no TCP, no signals outside; rlimits; seccomp; cleared environment)"
        case .fallback:
            "fallback (no namespaces, no Landlock: rlimits, seccomp with no network sockets, cleared environment, "
                + "unprivileged user when run as root; the grader's files stay readable)"
        case .none:
            "none (sandbox off: student code ran as the grader's user, with rlimits only)"
        }
    }
}

/// Which isolation `grader run --sandbox` asks for.
public enum SandboxPolicy: String, Sendable, CaseIterable {
    /// bubblewrap, or stop with exit 2 when it cannot start.
    case required
    /// The strongest level that works: bubblewrap, else the fallback layer.
    case auto
    /// The fallback layer (with Landlock where the kernel has it) even where bubblewrap works, to test it.
    case fallback
    /// No sandbox: for debugging the grader only; every report says so.
    case off

    /// The environment variable that sets the default policy (`GRADER_SANDBOX=fallback`).
    public static let environmentVariable = "GRADER_SANDBOX"

    /// The policy named by `GRADER_SANDBOX`, else `auto`.
    ///
    /// - Throws: `GraderFailure` when the variable names no policy.
    public static func fromEnvironment(_ environment: [String: String]) throws -> SandboxPolicy {
        guard let name = environment[environmentVariable], !name.isEmpty else { return .auto }
        guard let policy = SandboxPolicy(rawValue: name) else {
            let names = allCases.map(\.rawValue).joined(separator: ", ")
            throw GraderFailure("\(environmentVariable)=\(name) names no sandbox policy (use one of \(names))")
        }
        return policy
    }
}
