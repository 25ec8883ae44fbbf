import Assignments
@testable import Grader
import Fixtures
import Testing

/// A case of `function` with the given inputs; its expected value plays no part in the advice.
private func fixtureCase(_ id: String, _ function: String, _ visibility: Visibility, _ inputs: [String: Value]) -> FixtureCase {
    FixtureCase(id: id, function: function, description: "", visibility: visibility, points: 1, provenance: "",
                tolerance: Tolerance(rtol: 0, atol: 0), inputs: inputs, expected: ["learning_rate": .float(0)])
}

/// The result of a case with that status.
private func result(of fixtureCase: FixtureCase, _ status: CaseStatus) -> CaseResult {
    CaseResult(id: fixtureCase.id, exercise: "learning_rate_decay", function: fixtureCase.function,
               isHidden: fixtureCase.visibility == .hidden, description: "", status: status, points: 0, maxPoints: 1, message: "")
}

/// Inputs of `schedule_lr_decay`.
private func schedule(_ learningRate0: Double, _ epoch: Int, _ decayRate: Double, _ interval: Int) -> [String: Value] {
    ["learning_rate0": .float(learningRate0), "epoch_num": .int(epoch), "decay_rate": .float(decayRate),
     "time_interval": .int(interval)]
}

@Suite struct HiddenFailureAdviceTests {
    let cases = [
        fixtureCase("schedule_lr_decay[a]", "schedule_lr_decay", .public, schedule(0.5, 100, 1, 100)),
        fixtureCase("schedule_lr_decay[b]", "schedule_lr_decay", .public, schedule(0.3, 1000, 0.25, 100)),
        fixtureCase("schedule_lr_decay[learning_rate0=0.2,epoch_num=650]", "schedule_lr_decay", .hidden, schedule(0.2, 650, 0.5, 300)),
        fixtureCase("schedule_lr_decay[learning_rate0=0.1,epoch_num=2000]", "schedule_lr_decay", .hidden, schedule(0.1, 2000, 1, 1000)),
    ]

    @Test func aHiddenFailureSaysWhatDiffersFromThePassingPublicCases() throws {
        var results = [result(of: cases[0], .passed), result(of: cases[1], .passed), result(of: cases[2], .failed), result(of: cases[3], .passed)]
        HiddenFailureAdvice.annotate(&results, cases: cases)
        let advice = try #require(results[2].advice)
        #expect(advice == "The public cases of schedule_lr_decay pass, but this hidden case has an epoch that is not a "
            + "multiple of the interval, which no public case has: check the steps of your code that depend on it.")
        #expect(results[2].hint == advice)
        #expect(!advice.contains("hard-coded"), "the trait explains the interval the public cases share")
        #expect(results.indices.filter { $0 != 2 }.allSatisfy { results[$0].advice == nil })
    }

    @Test func aHiddenFailureWhosePublicCaseFailsToo() {
        var results = [result(of: cases[0], .passed), result(of: cases[1], .failed), result(of: cases[2], .failed), result(of: cases[3], .failed)]
        HiddenFailureAdvice.annotate(&results, cases: cases)
        #expect(results[2].advice == HiddenFailureAdvice.publicCaseFails("schedule_lr_decay"))
        #expect(results[3].advice == HiddenFailureAdvice.publicCaseFails("schedule_lr_decay"))
        #expect(results[1].advice == nil)
    }

    @Test func theHardCodedConstantHintOnlyWhenItCanBeTrue() {
        let shared = InputContrast(
            hidden: schedule(0.2, 600, 0.7, 300), publics: [schedule(0.5, 100, 0.5, 100), schedule(0.3, 1000, 0.5, 100)],
            function: "schedule_lr_decay")
        let sharing = HiddenFailureAdvice.text(function: "schedule_lr_decay", contrast: shared)
        #expect(sharing == "The public cases of schedule_lr_decay pass, but this hidden case passes `decay_rate` and "
            + "`time_interval` a value that no public case passes: look for a hard-coded constant or a default argument "
            + "used in place of the one passed.")
        #expect(!sharing.contains("0.7") && !sharing.contains("300"))

        let varied = HiddenFailureAdvice.text(function: "schedule_lr_decay", contrast: InputContrast(
            hidden: schedule(0.2, 600, 0.5, 300), publics: [schedule(0.5, 100, 1, 100), schedule(0.3, 1000, 0.25, 200)],
            function: "schedule_lr_decay"))
        #expect(varied.contains("no hard-coded constant or assumed shape would pass them all"))
        #expect(!varied.contains("look for a hard-coded"))
    }

    /// The shipped public cases vary every input they have, so for no shipped hidden case can a hard-coded
    /// constant or an assumed shape pass them all: the advice never guesses one, and never names the case.
    @Test(arguments: Exercise.allCases.map(\.name))
    func shippedHiddenCasesNeverGetTheHardCodedGuess(_ exercise: String) throws {
        let cases = try FixtureLoader.load(FixtureLoader.bundledDirectory.appendingPathComponent("\(exercise).json")).cases
        for (index, hidden) in cases.enumerated() where hidden.visibility == .hidden {
            var results = cases.map { result(of: $0, .passed) }
            results[index] = result(of: hidden, .failed)
            HiddenFailureAdvice.annotate(&results, cases: cases)
            let advice = try #require(results[index].advice)
            #expect(!advice.contains("hard-coded constant or a default") && !advice.contains("look for an assumed shape"), "\(hidden.id): \(advice)")
            #expect(!advice.contains(hidden.id) && !advice.contains("["), "\(hidden.id)")
        }
    }
}
