import Assignments
import Fixtures

/// The words every report uses for a case's outcome, and the hint it gives a student.
extension CaseResult {
    /// What happened, in a few words: `passed`, `failed`, `crashed`, `timed out`, `not implemented`, ….
    var outcomeLabel: String {
        switch status {
        case .passed: "passed"
        case .failed: "failed"
        case .skipped: "skipped"
        case .timedOut: "timed out"
        case .error:
            switch errorKind ?? .internalError {
            case .notImplemented: "not implemented"
            case .compileError: "compile error"
            case .crashed: "crashed"
            case .timeout: "timed out"
            case .internalError: "grader error"
            }
        }
    }

    /// The JUnit `type` of a `failure` or `error` element: `wrongAnswer`, or the `ErrorKind`'s raw value.
    var junitType: String {
        switch status {
        case .failed: "wrongAnswer"
        case .timedOut: (errorKind ?? .timeout).rawValue
        default: (errorKind ?? .internalError).rawValue
        }
    }

    /// True when the case's details are a compiler's diagnostics, which every case of the exercise shares:
    /// reports print them once per exercise.
    var detailsAreCompilerOutput: Bool { status == .error && errorKind == .compileError }

    /// Advice the case's details cannot hold, or nil when they already say what to do.
    ///
    /// The grading engine writes case-specific advice into `details` (the comparison's hints, how to
    /// replace `notImplemented()`, what to do about a timeout). Reports add a hint only where the details
    /// are someone else's words: a compiler's diagnostics, a crash's description, and the redacted text
    /// of a hidden case, which says what went wrong but not how the case differs from the public ones:
    /// the engine's `advice` says that.
    var hint: String? {
        switch (status, errorKind) {
        case (.failed, _) where isHidden:
            return advice ?? "Hidden cases move the sizes and hyperparameters away from the public ones: compare "
                + "each step of your code with the notebook's formula."
        case (.error, .compileError?):
            let file = Exercise(rawValue: exercise)
                .map { "`exercises/\($0.name)/\($0.swiftStem).swift`" } ?? "the exercise's file"
            return "Fix the first compiler error in \(file) and run the grader again: no case of this exercise "
                + "can run until the file compiles."
        case (.error, .crashed?) where crash?.recursion == true:
            return "Your function calls itself again and again until the stack runs out: it most likely calls "
                + "its own name where it meant another function (a helper, or the reference it builds on)."
        case (.error, .crashed?):
            return "A crash is a trap in your function: an index out of range, a force-unwrap of nil, a failed "
                + "precondition, a stack overflow. Check the indices and shapes it works with."
        default:
            return nil
        }
    }
}
