import Fixtures
import Testing

@testable import Grader

@Suite struct NameSuggestionTests {
    @Test(arguments: [("adma", "adam"), ("momentm", "momentum"), ("initializer", "initializers"),
                      ("update_lr", "learning_rate_decay"), ("random_mini_batches", "gradient_descent"), ("gradient", "gradient_check")])
    func misspeltNamesSuggestTheirExercise(_ typed: String, _ meant: String) {
        #expect(NameSuggestions.exercises(closeTo: typed).contains(meant), "\(NameSuggestions.exercises(closeTo: typed))")
    }

    @Test func unrelatedWordsSuggestNothing() {
        #expect(NameSuggestions.exercises(closeTo: "banana").isEmpty)
    }
}

@Suite struct CaseJudgeTests {
    let judge = CaseJudge(exercise: "learning_rate_decay", revealHidden: false)

    func fixtureCase(_ visibility: Visibility) -> FixtureCase {
        FixtureCase(id: "update_lr[1]", function: "update_lr", description: "d", visibility: visibility, points: 2,
                    provenance: "p", tolerance: Tolerance(rtol: 1e-9, atol: 0), inputs: [:],
                    expected: ["learning_rate": .float(0.25)])
    }

    @Test func aRightAnswerEarnsThePointsAndQuotesTheNumber() {
        let result = judge.judge(fixtureCase(.public), execution: .reported(
            .returned(outputs: ["learning_rate": .float(0.25)], seconds: 0.01), output: .empty, seconds: 0.02))
        #expect(result.status == .passed && result.points == 2 && result.returnedNumber == 0.25)
    }

    @Test func aWrongHiddenAnswerScoresZeroAndHidesTheNumbers() {
        let result = judge.judge(fixtureCase(.hidden), execution: .reported(
            .returned(outputs: ["learning_rate": .float(0.5)], seconds: 0.01),
            output: CapturedOutput(text: "learning_rate0 = 0.3", totalBytes: 20), seconds: 0.02))
        #expect(result.status == .failed && result.points == 0 && result.returnedNumber == nil)
        for text in [result.message, result.details, result.output] {
            #expect(!text.contains("0.25") && !text.contains("0.3"), "\(text)")
        }
    }

    @Test func aCrashNamesTheStudentsLineAndTheRuntimeMessage() {
        let folderJudge = CaseJudge(exercise: "adam", revealHidden: false, studentFolder: "/work/ex/adam", displayFolder: "exercises/adam")
        let output = CapturedOutput(text: CrashOutputTests.backtrace, totalBytes: CrashOutputTests.backtrace.utf8.count)
        let result = folderJudge.judge(fixtureCase(.public), execution: .crashed(.signaled(4), output: output, seconds: 0.1))
        #expect(result.status == .error && result.errorKind == .crashed)
        #expect(result.crash == CrashReport(
            termination: .signaled(4), runtimeMessage: "Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range",
            frames: [
                CrashFrame(path: "exercises/adam/Adam.swift", line: 12, column: 30, function: "StudentAdam.helper(_:)"),
                CrashFrame(path: "exercises/adam/Adam.swift", line: 20, column: 7, function: "StudentAdam.initializeAdam(parameters:)"),
            ]))
        #expect(result.message == "your code crashed with SIGILL at exercises/adam/Adam.swift:12:30 in StudentAdam.helper(_:): "
            + "Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range")
        #expect(result.details.contains("exercises/adam/Adam.swift:20:7"))
        #expect(!result.output.contains("0x0000") && result.output.contains("before the crash"))
    }

    @Test func aHiddenCrashCarriesNeitherTheRuntimeMessageNorThePrintedText() throws {
        let folderJudge = CaseJudge(exercise: "adam", revealHidden: false, studentFolder: "/work/ex/adam", displayFolder: "exercises/adam")
        let output = CapturedOutput(text: CrashOutputTests.backtrace, totalBytes: CrashOutputTests.backtrace.utf8.count)
        let result = folderJudge.judge(fixtureCase(.hidden), execution: .crashed(.signaled(4), output: output, seconds: 0.1))
        let crash = try #require(result.crash)
        #expect(crash.runtimeMessage == nil && crash.kind == .runtimeTrap && crash.frames.count == 2)
        for text in [result.message, result.details, result.output] {
            #expect(!text.contains("Index out of range") && !text.contains("before the crash"), "\(text)")
        }
    }

    @Test func timeoutsAndMissingImplementationsAreErrorsOfTheirKind() {
        let timedOut = judge.judge(fixtureCase(.public), execution: .timedOut(limit: 10, output: .empty))
        #expect(timedOut.status == .timedOut && timedOut.errorKind == .timeout && timedOut.message.contains("10 s"))
        let missing = judge.judge(fixtureCase(.public), execution: .reported(
            .notImplemented(function: "updateLR(learningRate0:epochNum:decayRate:)"), output: .empty, seconds: 0))
        #expect(missing.errorKind == .notImplemented && missing.points == 0 && missing.crash == nil)
        #expect(missing.message == "updateLR(learningRate0:epochNum:decayRate:) still calls notImplemented()")
        let broken = judge.compileError(fixtureCase(.public), diagnostics: "Adam.swift:3:20: error: cannot convert value\n  let x: Int = \"a\"")
        #expect(broken.errorKind == .compileError && broken.message.hasSuffix("Adam.swift:3:20: error: cannot convert value"))
    }
}
