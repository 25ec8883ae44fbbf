import Fixtures

/// What the student's code printed during one case, bounded.
public struct CapturedOutput: Sendable, Equatable {
    /// The first bytes of the output, as text (invalid UTF-8 repaired).
    public var text: String
    /// How many bytes the case printed in all.
    public var totalBytes: Int

    /// No output.
    public static let empty = CapturedOutput(text: "", totalBytes: 0)

    /// The text with a note of what was cut, ready to show.
    public var shown: String {
        let shownBytes = text.utf8.count
        guard totalBytes > shownBytes else { return text }
        return text + "\n… [output truncated: \(totalBytes - shownBytes) more bytes not shown]"
    }
}

/// How one case ended inside its worker process, before its outputs are compared.
public enum CaseExecution: Sendable {
    /// The worker reported on the case (it returned outputs, was not implemented, or did not fit).
    case reported(WorkerReport, output: CapturedOutput, seconds: Double)
    /// The worker died during the case: the signal or exit status, explained.
    case crashed(reason: String, output: CapturedOutput, seconds: Double)
    /// The case ran past the limit and its worker was killed.
    case timedOut(limit: Double, output: CapturedOutput)
    /// The worker could not run the case at all (it failed to start or to read its order).
    case workerFailed(reason: String)
}
