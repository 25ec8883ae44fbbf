import Fixtures

/// What the student's code printed during one case, bounded: its head and, when it was cut, its tail.
public struct CapturedOutput: Sendable, Equatable {
    /// The first bytes of the output, as text (invalid UTF-8 repaired).
    public var text: String
    /// The last bytes, when the output was longer than what is kept (else empty).
    public var tail: String
    /// How many bytes the case printed in all.
    public var totalBytes: Int

    /// Creates a captured output.
    public init(text: String, tail: String = "", totalBytes: Int) {
        self.text = text
        self.tail = tail
        self.totalBytes = totalBytes
    }

    /// No output.
    public static let empty = CapturedOutput(text: "", totalBytes: 0)

    /// The text with a marker of what was cut between head and tail, ready to show.
    public var shown: String {
        let shownBytes = text.utf8.count + tail.utf8.count
        guard totalBytes > shownBytes else { return text + tail }
        return text + "\n… [output truncated: \(totalBytes - shownBytes) bytes not shown] …\n" + tail
    }
}

/// How one case ended inside its worker process, before its outputs are compared.
public enum CaseExecution: Sendable {
    /// The worker reported on the case (it returned outputs, was not implemented, or did not fit).
    case reported(WorkerReport, output: CapturedOutput, seconds: Double)
    /// The worker died during the case, on a signal or with an exit status.
    case crashed(Termination, output: CapturedOutput, seconds: Double)
    /// The case ran past the limit and its worker was killed.
    case timedOut(limit: Double, output: CapturedOutput)
    /// The worker wrote on its channel to the grader what the protocol does not allow during this case
    /// (garbage, another case's lines): student code interfered with the worker.
    case brokeProtocol(detail: String, output: CapturedOutput, seconds: Double)
    /// The worker could not run the case at all (it failed to start or to read its order).
    case workerFailed(reason: String)
}
