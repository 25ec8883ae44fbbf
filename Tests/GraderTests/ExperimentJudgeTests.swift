import Experiments
import Fixtures
@testable import Grader
import NotebookData
import Testing
import WorkerProtocol

/// An experiment that did not train reads as a case that did not run; one whose worker returned what
/// a training does not is a wrong answer.
@Suite struct ExperimentJudgeTests {
    static func judge() throws -> ExperimentJudge {
        ExperimentJudge(
            notebook: try NotebookResults.load(), dataset: try Dataset.load(named: "moons"), studentFolder: "/graded",
            displayFolder: "exercises")
    }

    @Test(arguments: [
        CaseExecution.crashed(.signaled(4), output: .empty, seconds: 0.5),
        CaseExecution.timedOut(limit: 300, output: .empty),
        CaseExecution.reported(.notImplemented(function: "initializeAdam(parameters:)"), output: .empty, seconds: 0.1),
        CaseExecution.workerFailed(reason: "the worker did not start"),
    ])
    func whatDidNotTrainReadsAsTheCaseSideSaysIt(execution: CaseExecution) throws {
        let experiment = try #require(Experiment.named("opt-adam"))
        let result = try Self.judge().judge(experiment, execution: execution)
        let asCase = CaseJudge(exercise: "experiments", revealHidden: true, studentFolder: "/graded", displayFolder: "exercises")
            .judge(ExperimentJudge.asCase(experiment), execution: execution)
        #expect(result.verdict.status == asCase.status && result.verdict.errorKind == asCase.errorKind)
        #expect(result.verdict.message == asCase.message && result.verdict.details == asCase.details)
        #expect(result.training == nil && result.name == "opt-adam" && result.verdict.maxPoints == 0)
    }

    @Test func aCompileErrorIsChargedToTheExerciseThatDidNotCompile() throws {
        let experiment = try #require(Experiment.named("opt-adam"))
        let diagnostics = "exercises/adam/Adam.swift:3:1: error: expected expression"
        let result = try Self.judge().unbuilt(experiment, exercise: "adam", build: .failed(diagnostics: diagnostics))
        #expect(result.verdict.errorKind == .compileError && result.verdict.exercise == "adam")
        #expect(result.verdict.message == "the exercise did not compile: \(diagnostics)")
    }

    @Test func outputsThatAreNotATrainingsAreAWrongAnswer() throws {
        let experiment = try #require(Experiment.named("opt-adam"))
        let execution = CaseExecution.reported(.returned(outputs: ["costs": .float(1)], seconds: 0.2), output: .empty, seconds: 0.2)
        let result = try Self.judge().judge(experiment, execution: execution)
        #expect(result.status == .failed && result.training == nil)
        #expect(result.verdict.message == "the experiment worker returned no parameters or costs")
    }
}
