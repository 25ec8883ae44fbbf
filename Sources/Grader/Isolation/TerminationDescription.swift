import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Explains how a worker process ended, in words a student can act on.
enum TerminationDescription {
    /// E.g. "crashed with SIGILL (a Swift runtime trap: index out of range, force-unwrapped nil, fatalError, …)".
    static func describe(_ termination: Termination) -> String {
        switch termination {
        case .exited(let status): "exited with status \(status)"
        case .signaled(let signal): describe(signal: signal)
        }
    }

    /// The explanation for a fatal signal number.
    static func describe(signal: Int32) -> String {
        switch signal {
        case SIGILL, SIGTRAP:
            "crashed with \(name(signal)) (a Swift runtime trap: index out of range, force-unwrapping nil, overflow, fatalError or a failed precondition)"
        case SIGSEGV:
            "crashed with SIGSEGV (a segmentation fault, most often a stack overflow from unbounded recursion)"
        case SIGBUS: "crashed with SIGBUS (a bus error)"
        case SIGABRT: "crashed with SIGABRT (the process aborted)"
        case SIGFPE: "crashed with SIGFPE (an arithmetic fault such as integer division by zero)"
        case SIGKILL: "was killed with SIGKILL (out of memory, past its CPU-time limit, or killed from outside)"
        case SIGXCPU: "was stopped with SIGXCPU (past its CPU-time limit)"
        case SIGXFSZ: "was stopped with SIGXFSZ (it wrote a file past the size limit)"
        default: "was killed by \(name(signal))"
        }
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
