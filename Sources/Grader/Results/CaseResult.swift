/// How one case ended. Every case of a run gets exactly one.
public enum CaseStatus: String, Sendable, Codable, CaseIterable {
    /// Every output matched the expected values.
    case passed
    /// The function returned, but an output was wrong (structure, shape, keys, non-finite or values).
    case failed
    /// The case could not produce outputs: a crash, a compile error, a stub not implemented, a worker fault.
    case error
    /// The case ran past its time limit and its process was killed.
    case timedOut
    /// The case was not run (for example `--no-hidden`); the reason is in the message.
    case skipped
}

/// Why a case whose status is `.error` (or `.timedOut`) produced no outputs.
public enum ErrorKind: String, Sendable, Codable {
    /// The student's function still calls `notImplemented()`.
    case notImplemented
    /// The exercise's files did not compile; the details carry the compiler's diagnostics.
    case compileError
    /// The worker process died on a signal (a trap, a stack overflow, …) or exited early.
    case crashed
    /// The case ran past its time limit.
    case timeout
    /// The grader could not run the case for a reason that is not the student's (it says which).
    case internalError
}

/// The graded result of one case: what a JUnit `testcase`, a Markdown row and a terminal line are made of.
///
/// Messages are already redacted for hidden cases: a report prints what it finds here.
public struct CaseResult: Sendable, Codable {
    /// The case id, e.g. `update_parameters_with_adam[t=3]`; the JUnit test case name.
    public var id: String
    /// The exercise, e.g. `adam`.
    public var exercise: String
    /// The graded function, by its notebook name, e.g. `update_parameters_with_adam`.
    public var function: String
    /// Whether the case's inputs and expected values may be shown.
    public var isHidden: Bool
    /// One-line description of what the case checks.
    public var description: String
    /// The case as the notebook's call, e.g. `update_lr(learning_rate0=0.5, epoch_num=2, decay_rate=1.0)`;
    /// a hidden case's shows no input.
    public var call: String
    /// How the case ended.
    public var status: CaseStatus
    /// Why it errored, when `status` is `.error` or `.timedOut`.
    public var errorKind: ErrorKind?
    /// Points earned: `maxPoints` when passed, otherwise 0.
    public var points: Double
    /// Points the case is worth.
    public var maxPoints: Double
    /// One line saying what happened, e.g. `parameters["W1"][1, 2]: expected 0.85639907, got 0.85740001`.
    public var message: String
    /// The full explanation: expected vs got, largest absolute and relative error, hints. May be empty.
    public var details: String
    /// What the student's code printed while this case ran (already bounded by the grader). May be empty.
    public var output: String
    /// Wall time of the case in seconds (0 when it did not run).
    public var duration: Double
    /// The number the function returned, when its result is one number (a cost, a gradient check's
    /// difference); nil otherwise, when it returned nothing, and for a hidden case unless hidden cases
    /// are revealed. The terminal quotes it in the notebook's words ("… difference = 2.9e-10").
    public var returnedNumber: Double?
    /// For a hidden case that failed: what sets it apart from the public cases of its function, in words
    /// and without values (`HiddenFailureAdvice`), or that a public case fails too; reports show it as the
    /// case's hint. Nil otherwise.
    public var advice: String?
    /// For a failed case, the kind and place of its first mismatch (`Mismatch.mistakePhrase`), which
    /// reads the same for every student who made that mistake; nil otherwise.
    public var mistake: String?
    /// For a case whose worker died: how it ended and where in the student's code (a hidden case's
    /// without the runtime's message); nil otherwise. The message and details are written from it.
    public var crash: CrashReport?

    /// Creates a case result from its parts.
    public init(
        id: String, exercise: String, function: String, isHidden: Bool, description: String, call: String = "",
        status: CaseStatus, errorKind: ErrorKind? = nil, points: Double, maxPoints: Double,
        message: String, details: String = "", output: String = "", duration: Double = 0,
        returnedNumber: Double? = nil, advice: String? = nil, mistake: String? = nil, crash: CrashReport? = nil
    ) {
        self.id = id
        self.exercise = exercise
        self.function = function
        self.isHidden = isHidden
        self.description = description
        self.call = call
        self.status = status
        self.errorKind = errorKind
        self.points = points
        self.maxPoints = maxPoints
        self.message = message
        self.details = details
        self.output = output
        self.duration = duration
        self.returnedNumber = returnedNumber
        self.advice = advice
        self.mistake = mistake
        self.crash = crash
    }
}
