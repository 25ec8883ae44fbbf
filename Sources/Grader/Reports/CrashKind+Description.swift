/// What a crash of each kind most likely means, as reports write it.
extension CrashKind {
    /// What the kind most likely means, in a student's words; nil when nothing more can be said.
    var explanation: String? {
        switch self {
        case .runtimeTrap:
            "a Swift runtime trap: index out of range, force-unwrapping nil, overflow, fatalError or a failed precondition"
        case .segmentationFault: "a segmentation fault, most often a stack overflow from unbounded recursion"
        case .busError: "a bus error"
        case .aborted: "the process aborted"
        case .arithmeticFault: "an arithmetic fault such as integer division by zero"
        case .killed: "out of memory, past its CPU-time limit, or killed from outside"
        case .cpuLimit: "past its CPU-time limit"
        case .fileSizeLimit: "it wrote a file past the size limit"
        case .otherSignal, .exited: nil
        }
    }
}
