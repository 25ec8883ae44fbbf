#if canImport(Glibc)
import Glibc
#endif

/// How a worker's end reads to a student, written from the termination and its `CrashKind`.
extension Termination {
    /// What the worker did, e.g. `crashed with SIGILL`, `was stopped with SIGXCPU`, `exited with status 3`.
    var outcome: String {
        switch (self, CrashKind(self)) {
        case (.exited(let status), _): "exited with status \(status)"
        case (.signaled(let signal), .killed): "was killed with \(Self.name(signal))"
        case (.signaled(let signal), .cpuLimit), (.signaled(let signal), .fileSizeLimit):
            "was stopped with \(Self.name(signal))"
        case (.signaled(let signal), .otherSignal): "was killed by \(Self.name(signal))"
        case (.signaled(let signal), _): "crashed with \(Self.name(signal))"
        }
    }

    /// The outcome and what it most likely means, e.g. `crashed with SIGILL (a Swift runtime trap: …)`.
    var explained: String {
        CrashKind(self).explanation.map { "\(outcome) (\($0))" } ?? outcome
    }

    private static func name(_ signal: Int32) -> String {
        switch signal {
        case SIGILL: "SIGILL"
        case SIGTRAP: "SIGTRAP"
        case SIGSEGV: "SIGSEGV"
        case SIGBUS: "SIGBUS"
        case SIGABRT: "SIGABRT"
        case SIGFPE: "SIGFPE"
        case SIGKILL: "SIGKILL"
        case SIGTERM: "SIGTERM"
        case SIGXCPU: "SIGXCPU"
        case SIGXFSZ: "SIGXFSZ"
        default: "signal \(signal)"
        }
    }
}
