import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Explains how a worker process ended, in words a student can act on.
enum TerminationDescription {
    /// E.g. "crashed with SIGILL (a Swift runtime trap: index out of range, force-unwrapped nil, fatalError, …)".
    static func describe(_ process: Process) -> String {
        guard process.terminationReason == .uncaughtSignal else {
            return "exited with status \(process.terminationStatus)"
        }
        return describe(signal: process.terminationStatus)
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
        case SIGKILL: "was killed with SIGKILL (out of memory, or killed from outside)"
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
        default: "signal \(signal)"
        }
    }
}
