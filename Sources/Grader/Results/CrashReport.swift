/// What is known of a worker that died during a case: how it ended, what the runtime said, and where in
/// the student's files it was.
///
/// Reports write their words from these facts (`CrashReport+Words`); nothing reads them back from text.
/// A hidden case's report carries no runtime message: that is the student's own text, which could
/// print the case's inputs.
public struct CrashReport: Sendable, Codable, Equatable {
    /// The exit status or the signal.
    public var termination: Termination
    /// The runtime's last `Fatal error: …` line; nil when it wrote none, or when it is withheld (a hidden case).
    public var runtimeMessage: String?
    /// The frames inside the student's files, innermost first, starting at the innermost recursion when
    /// there is one (each frame written once).
    public var frames: [CrashFrame]

    /// Creates a crash report.
    public init(termination: Termination, runtimeMessage: String? = nil, frames: [CrashFrame] = []) {
        self.termination = termination
        self.runtimeMessage = runtimeMessage
        self.frames = frames
    }

    /// What the termination says happened.
    public var kind: CrashKind { CrashKind(termination) }

    /// Whether a frame called itself without end: the crash is a stack overflow of unbounded recursion.
    public var recursion: Bool { frames.contains { $0.recursive } }
}
