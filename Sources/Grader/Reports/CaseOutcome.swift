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

    /// What a student can do next, or nil when the message says it all (a skipped case).
    var hint: String? {
        let file = ExerciseCatalog.exercise(named: exercise)
            .map { "`exercises/\($0.name)/\($0.swiftStem).swift`" } ?? "the exercise's file"
        switch status {
        case .passed, .skipped:
            return nil
        case .failed where isHidden:
            return "This case is hidden, so its inputs stay private. Hidden cases move the sizes and "
                + "hyperparameters away from the public ones: look for a hard-coded constant or an assumed shape."
        case .failed:
            return "Start where the error is largest: check that output's formula and the order of operations "
                + "against the notebook's equations."
        case .timedOut:
            return "Your function ran past the time limit: look for a loop that never ends or work repeated "
                + "far more often than needed."
        case .error:
            switch errorKind ?? .internalError {
            case .notImplemented:
                return "Replace the `notImplemented()` call in `\(function)` in \(file) with your code."
            case .compileError:
                return "Fix the first compiler error in \(file) and run the grader again: no case of this "
                    + "exercise can run until the file compiles."
            case .crashed:
                return "Your function stopped the process (a trap: an index out of range, a force-unwrap of nil, "
                    + "a failed precondition, a stack overflow). Check the indices and shapes it works with."
            case .timeout:
                return "Your function ran past the time limit: look for a loop that never ends or work repeated "
                    + "far more often than needed."
            case .internalError:
                return "This is the grader's fault, not yours: tell your instructor and include this report."
            }
        }
    }
}
