/// A crash as reports write it, from the facts of its `CrashReport`.
extension CrashReport {
    /// What a frame that calls itself without end is followed by.
    static let recursionNote = "(over and over: a call that keeps calling itself)"

    /// One line saying what `subject` did, e.g. `your code crashed with SIGSEGV (most often a stack
    /// overflow) at exercises/dropout/Dropout.swift:11:25 in back(_:): Fatal error: …`.
    func summary(of subject: String) -> String {
        let likely = kind == .segmentationFault ? " (most often a stack overflow)" : ""
        return "\(subject) \(termination.outcome)\(likely)\(place)" + (runtimeMessage.map { ": \($0)" } ?? "")
    }

    /// The crash explained: what the termination means, where it happened and, when more than one of the
    /// student's frames is known, each of them, innermost first.
    func explanation(of subject: String, aftermath: String) -> String {
        var text = "\(subject) \(termination.explained)\(place). \(aftermath)"
        if frames.count > 1 {
            text += "\nWhere, innermost first:\n" + frames.map { "  \(Self.line(for: $0))" }.joined(separator: "\n")
        }
        return text
    }

    /// ` at <innermost frame>`, or nothing when no frame of the student's is known.
    private var place: String {
        frames.first.map { " at \(Self.line(for: $0))" } ?? ""
    }

    /// A frame, with the recursion note when it calls itself without end.
    private static func line(for frame: CrashFrame) -> String {
        frame.recursive ? "\(frame) \(recursionNote)" : frame.description
    }
}
