#if canImport(Glibc)
import Glibc
#endif

/// What made a worker die, as the signal or exit status says it: the fact a student's advice follows from.
public enum CrashKind: String, Sendable, Codable, CaseIterable {
    /// SIGILL or SIGTRAP: a Swift runtime trap (index out of range, force-unwrapping nil, overflow,
    /// `fatalError`, a failed precondition).
    case runtimeTrap
    /// SIGSEGV: a segmentation fault, most often a stack overflow from unbounded recursion.
    case segmentationFault
    /// SIGBUS: a bus error.
    case busError
    /// SIGABRT: the process aborted.
    case aborted
    /// SIGFPE: an arithmetic fault such as integer division by zero.
    case arithmeticFault
    /// SIGKILL: out of memory, past the CPU-time limit, or killed from outside.
    case killed
    /// SIGXCPU: past the CPU-time limit.
    case cpuLimit
    /// SIGXFSZ: a file written past the size limit.
    case fileSizeLimit
    /// Another signal.
    case otherSignal
    /// The worker exited by itself in the middle of a case.
    case exited

    /// The kind of a termination.
    public init(_ termination: Termination) {
        switch termination {
        case .exited: self = .exited
        case .signaled(let signal):
            switch signal {
            case SIGILL, SIGTRAP: self = .runtimeTrap
            case SIGSEGV: self = .segmentationFault
            case SIGBUS: self = .busError
            case SIGABRT: self = .aborted
            case SIGFPE: self = .arithmeticFault
            case SIGKILL: self = .killed
            case SIGXCPU: self = .cpuLimit
            case SIGXFSZ: self = .fileSizeLimit
            default: self = .otherSignal
            }
        }
    }
}
