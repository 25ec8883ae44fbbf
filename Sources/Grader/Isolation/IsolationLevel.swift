/// How strongly student code was contained in a run: named in every report.
public enum IsolationLevel: String, Sendable, Codable {
    /// bubblewrap: new user, PID, network, IPC and UTS namespaces, a cleared environment, read-only
    /// system folders and nothing of the grader's visible, plus the rlimits and the seccomp filter.
    case bubblewrap
    /// No namespaces could be made: rlimits, the seccomp filter (no network sockets, no ptrace, no
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
        case .fallback:
            "fallback (no namespaces: rlimits, seccomp with no network sockets, cleared environment, "
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
    /// The fallback layer even where bubblewrap works (to test that layer).
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
