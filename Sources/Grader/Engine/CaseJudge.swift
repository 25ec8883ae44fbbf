import Fixtures

/// Turns how a case ran into its graded result: status, points, and the words a student reads.
struct CaseJudge {
    /// The exercise the cases belong to.
    var exercise: String
    /// Whether hidden cases may show their expected values (instructors).
    var revealHidden: Bool
    /// The exercise's folder as the worker's debug information names it (`WorkerBuilder.debugFolder(of:)`),
    /// to find the student's frames in a crash backtrace.
    var studentFolder: String = ""
    /// That folder as the student should read it, e.g. `exercises/adam`.
    var displayFolder: String = ""
    /// The names reports give the cases, by fixture id (`CaseNames`): a hidden case's id spells out its inputs.
    var names: [String: String] = [:]

    /// The result of a case that ran (or tried to) in a worker.
    func judge(_ fixtureCase: FixtureCase, execution: CaseExecution) -> CaseResult {
        switch execution {
        case .reported(.returned(let outputs, _), let output, let seconds):
            let report = OutputComparator().compare(fixtureCase, actual: outputs)
            let disclosure = Disclosure(visibility: fixtureCase.visibility, revealHidden: revealHidden)
            let feedback = CaseFeedback(report: report, function: fixtureCase.function, disclosure: disclosure)
            var result = base(fixtureCase, status: report.passed ? .passed : .failed, message: feedback.message,
                              details: feedback.details, output: output, seconds: seconds)
            result.mistake = report.mismatches.first?.mistakePhrase
            if disclosure == .full, outputs.count == 1, case .float(let number)? = outputs.values.first {
                result.returnedNumber = number
            }
            return result
        case .reported(.notImplemented(let function), let output, let seconds):
            return base(fixtureCase, status: .error, kind: .notImplemented,
                        message: "\(function) still calls notImplemented()",
                        details: "Replace the notImplemented() call in \(function) with your code, between "
                            + "YOUR CODE STARTS HERE and YOUR CODE ENDS HERE.",
                        output: output, seconds: seconds)
        case .reported(.adapterFailed(let message), let output, let seconds):
            return base(fixtureCase, status: .error, kind: .internalError,
                        message: "the grader could not run this case: \(message)",
                        details: "This is a fault of the case, not of your code; tell your instructor.",
                        output: output, seconds: seconds)
        case .crashed(let termination, let rawOutput, let seconds):
            let parsed = CrashOutput(rawOutput.text, studentFolder: studentFolder, displayFolder: displayFolder)
            let output = CapturedOutput(text: parsed.text, totalBytes: parsed.text.utf8.count)
            // A hidden case's runtime message is the student's own text, which could print its inputs.
            let withheld = fixtureCase.visibility == .hidden && !revealHidden
            let crash = CrashReport(termination: termination, runtimeMessage: withheld ? nil : parsed.runtimeMessage,
                                    frames: parsed.studentFrames)
            var result = base(fixtureCase, status: .error, kind: .crashed, message: crash.summary(of: "your code"),
                              details: crash.explanation(of: "The worker running your code",
                                                         aftermath: "The other cases still ran in a fresh worker."),
                              output: output, seconds: seconds)
            result.crash = crash
            return result
        case .timedOut(let limit, let output):
            let shown = limit == limit.rounded() ? String(Int(limit)) : String(limit)
            return base(fixtureCase, status: .timedOut, kind: .timeout,
                        message: "did not finish within \(shown) s; the worker was killed",
                        details: "A right solution finishes well within the limit, so look for a loop that never "
                            + "ends: a while loop whose condition never becomes false (a counter never updated, a "
                            + "stopping test that cannot be met), or a function that calls itself without end.",
                        output: output, seconds: limit)
        case .brokeProtocol(let detail, let output, let seconds):
            let shownDetail = fixtureCase.visibility == .hidden && !revealHidden ? "" : " (\(detail))"
            return base(fixtureCase, status: .error, kind: .crashed,
                        message: "your code wrote on the worker's channel to the grader\(shownDetail); the case is an error",
                        details: "Your code wrote to a file descriptor or file that the grader's worker uses. "
                            + "Print with print() only; the grader never takes a result from your code's own messages.",
                        output: output, seconds: seconds)
        case .workerFailed(let reason):
            return base(fixtureCase, status: .error, kind: .internalError,
                        message: "the grader could not run this case: \(reason)", details: "", output: .empty, seconds: 0)
        }
    }

    /// The result of a case whose exercise did not compile.
    func compileError(_ fixtureCase: FixtureCase, diagnostics: String) -> CaseResult {
        base(fixtureCase, status: .error, kind: .compileError,
             message: "the exercise did not compile: \(CompilerDiagnostics.headline(diagnostics))", details: diagnostics,
             output: .empty, seconds: 0)
    }

    /// The result of a case whose exercise's files could not be compiled at all (missing, not regular
    /// files, too large, or a compile past its time limit).
    func rejected(_ fixtureCase: FixtureCase, reason: String) -> CaseResult {
        base(fixtureCase, status: .error, kind: .compileError, message: "the exercise cannot be compiled: \(reason)",
             details: reason, output: .empty, seconds: 0)
    }

    /// The result of a case whose exercise's worker could not be built: the compiler's diagnostics, files
    /// that cannot be compiled, or a compiler that failed without a word about the sources (the grader's
    /// fault). A built worker (`.ready`) is no reason for this.
    func unbuilt(_ fixtureCase: FixtureCase, build: WorkerBuild) -> CaseResult {
        switch build {
        case .failed(let diagnostics):
            return compileError(fixtureCase, diagnostics: diagnostics)
        case .rejected(let reason):
            return rejected(fixtureCase, reason: reason)
        case .toolchainFailed(let reason):
            let failure = "the compiler failed: " + reason.split(separator: "\n").joined(separator: " ")
            return judge(fixtureCase, execution: .workerFailed(reason: failure))
        case .ready:
            preconditionFailure("\(fixtureCase.id): its worker was built")
        }
    }

    /// The result of a case that was not run.
    func skipped(_ fixtureCase: FixtureCase, reason: String) -> CaseResult {
        var result = base(fixtureCase, status: .skipped, message: reason, details: "", output: .empty, seconds: 0)
        result.points = 0
        return result
    }

    /// What the case printed; for a hidden case only a note, since printing the inputs would reveal them.
    private func shownOutput(_ output: CapturedOutput, of fixtureCase: FixtureCase) -> String {
        guard fixtureCase.visibility == .hidden, !revealHidden, output.totalBytes > 0 else { return output.shown }
        return "(\(output.totalBytes) bytes printed; the output of hidden cases is not shown)"
    }

    private func base(
        _ fixtureCase: FixtureCase, status: CaseStatus, kind: ErrorKind? = nil, message: String, details: String,
        output: CapturedOutput, seconds: Double
    ) -> CaseResult {
        let withheld = fixtureCase.visibility == .hidden && !revealHidden
        return CaseResult(
            id: names[fixtureCase.id] ?? fixtureCase.id, exercise: exercise, function: fixtureCase.function,
            isHidden: fixtureCase.visibility == .hidden, description: withheld ? "a hidden case" : fixtureCase.description,
            call: NotebookCall.text(fixtureCase, revealInputs: !withheld),
            status: status, errorKind: kind, points: status == .passed ? fixtureCase.points : 0,
            maxPoints: fixtureCase.points, message: message, details: details, output: shownOutput(output, of: fixtureCase),
            duration: seconds)
    }
}
