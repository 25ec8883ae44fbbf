import Foundation
import Grader

/// Run results covering every outcome a case can have, for the report tests.
enum SampleRuns {
    /// A case of `exercise.function` with the given outcome; points are `maxPoints` only when it passed.
    static func result(
        _ id: String, exercise: String = "adam", function: String = "update_parameters_with_adam",
        status: CaseStatus, kind: ErrorKind? = nil, hidden: Bool = false, maxPoints: Double = 2,
        message: String = "", details: String = "", output: String = "", duration: Double = 0.25,
        returnedNumber: Double? = nil, crash: CrashReport? = nil
    ) -> CaseResult {
        CaseResult(
            id: id, exercise: exercise, function: function, isHidden: hidden, description: "case \(id)",
            status: status, errorKind: kind, points: status == .passed ? maxPoints : 0, maxPoints: maxPoints,
            message: message, details: details, output: output, duration: duration,
            returnedNumber: returnedNumber, crash: crash)
    }

    /// Three exercises with one case of every outcome: passed, failed (public and hidden), crashed,
    /// timed out, not implemented, compile error, internal error and skipped.
    static func everyOutcome() -> RunResult {
        let adam = ExerciseResult(name: "adam", title: "Adam", cases: [
            result("initialize_adam[L=2]", function: "initialize_adam", status: .passed, maxPoints: 1,
                   output: "initialising\n"),
            result("update_parameters_with_adam[t=2]", status: .passed),
            result("update_parameters_with_adam[t=3]", status: .failed,
                   message: #"parameters["W1"][1, 2]: expected 0.85639907, got 0.85740001"#,
                   details: "expected: 0.85639907\n     got: 0.85740001\nlargest absolute error 1.0e-3 at [1, 2]",
                   output: "t = 3\n"),
            result("update_parameters_with_adam[hidden-1]", status: .failed, hidden: true, maxPoints: 3,
                   message: #"parameters["b2"]: values differ (largest relative error 0.4 at [0, 0])"#),
            result("update_parameters_with_adam[big]", status: .timedOut, kind: .timeout,
                   message: "did not finish within 10 s; the worker was killed", duration: 10.0004),
            result("update_parameters_with_adam[crash]", status: .error, kind: .crashed,
                   message: "the worker died on signal 4 (SIGILL: a trap)",
                   details: "Fatal error: Index out of range"),
            result("update_parameters_with_adam[hidden-2]", status: .skipped, hidden: true,
                   message: "hidden cases are not run (--no-hidden)", duration: 0),
        ], duration: 12.3456)
        let momentum = ExerciseResult(name: "momentum", title: "Momentum", cases: [
            result("initialize_velocity[L=2]", exercise: "momentum", function: "initialize_velocity",
                   status: .error, kind: .notImplemented, message: "initialize_velocity is not implemented"),
            result("initialize_velocity[L=3]", exercise: "momentum", function: "initialize_velocity",
                   status: .error, kind: .notImplemented, message: "initialize_velocity is not implemented"),
            result("update_parameters_with_momentum[beta=0.9]", exercise: "momentum",
                   function: "update_parameters_with_momentum", status: .error, kind: .internalError,
                   message: "the worker sent an unreadable reply"),
        ], duration: 1.5)
        let diagnostics = "exercises/dropout/Dropout.swift:12:9: error: cannot find 'keep_prob' in scope"
        let dropout = ExerciseResult(name: "dropout", title: "Dropout", cases: [
            result("forward_propagation_with_dropout[kp=0.86]", exercise: "dropout",
                   function: "forward_propagation_with_dropout", status: .error, kind: .compileError,
                   message: "exercises/dropout/Dropout.swift did not compile", details: diagnostics, duration: 0),
            result("backward_propagation_with_dropout[kp=0.8]", exercise: "dropout",
                   function: "backward_propagation_with_dropout", status: .error, kind: .compileError,
                   message: "exercises/dropout/Dropout.swift did not compile", details: diagnostics, duration: 0),
        ], duration: 3.25)
        return RunResult(exercises: [adam, momentum, dropout], solution: "student", isolation: .bubblewrap,
                         startedAt: Date(timeIntervalSince1970: 1_700_000_000), duration: 17.5)
    }

    /// One exercise whose every case passed.
    static func allPassed() -> RunResult {
        let exercise = ExerciseResult(name: "gradient_check", title: "1-D gradient checking", cases: [
            result("gradient_check[x=2,theta=4]", exercise: "gradient_check", function: "gradient_check",
                   status: .passed, returnedNumber: 2.919335883291695e-10),
            result("gradient_check[x=3,theta=4]", exercise: "gradient_check", function: "gradient_check",
                   status: .passed, returnedNumber: 7.814075313343006e-11),
        ], duration: 0.5)
        return RunResult(exercises: [exercise], solution: "reference", isolation: .bubblewrap,
                         startedAt: Date(timeIntervalSince1970: 1_700_000_000), duration: 0.75)
    }
}
