import ReferenceSolutions
import Assignments
import Experiments
import NotebookData
import Foundation
import NumericCore
import Testing

/// Choosing experiments by name or by the exercises they call, and a missing implementation named.
@Suite struct ExperimentSelectionTests {
    @Test func namesAndNotebooksSelectInTheNotebooksOrder() throws {
        let chosen = try Experiment.select(["opt-adam", "initialization"]).get().map(\.name)
        #expect(chosen == ["init-zeros", "init-random", "init-he", "opt-adam"])
        #expect(try Experiment.select([]).get().count == Experiment.all.count)
        guard case .failure(let unknown) = Experiment.select(["adma"]) else {
            Issue.record("an unknown name was accepted")
            return
        }
        #expect(unknown.name == "adma")
    }

    @Test func exercisesSelectTheExperimentsThatCallThem() {
        #expect(Experiment.calling([.adam]).map(\.name) == ["opt-adam"])
        #expect(Experiment.calling([.learningRateDecay, .initializers]).map(\.name)
                == ["init-zeros", "init-random", "init-he", "opt-gd-decay", "opt-momentum-decay"])
        #expect(Experiment.calling([.forwardPropagation]).isEmpty)
        #expect(Experiment.calling([]).map(\.name) == Experiment.all.map(\.name))
    }


    @Test func missingExerciseIsNamed() throws {
        let experiment = try #require(Experiment.named("opt-adam"))
        var implementations = ExperimentImplementations()
        implementations.gradientDescent = ReferenceGradientDescent()
        #expect(throws: MissingImplementation.self) {
            try experiment.train(with: implementations, on: try Dataset.load(named: "moons"))
        }
    }

}
