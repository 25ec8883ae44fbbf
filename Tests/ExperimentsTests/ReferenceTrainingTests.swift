import ReferenceSolutions
import Experiments
import NotebookData
import Foundation
import Testing

/// The reference solutions, trained as the notebooks train them, reproduce the notebooks' results:
/// the accuracies exactly (they are counts of examples over m) and every recorded cost to 1e-6
/// relative, except the random ×10 run's costs, on which the notebooks themselves disagree.
@Suite struct ReferenceTrainingTests {
    static let notebook = try! NotebookResults.load()

    @Test(arguments: Experiment.all.map(\.name))
    func referenceReproducesTheNotebook(name: String) throws {
        let experiment = try #require(Experiment.named(name))
        let expected = try #require(Self.notebook.results[name])
        let outcome = try experiment.train(
            with: .reference, on: try Dataset.load(named: experiment.notebook.dataset))
        #expect(outcome.trainAccuracy == expected.trainAccuracy)
        #expect(outcome.testAccuracy == expected.testAccuracy)
        #expect(outcome.costs.map(\.step) == expected.costs.map(\.step))
        guard expected.costsCompared else { return }
        for (got, want) in zip(outcome.costs, expected.costs) {
            #expect(abs(got.cost - want.cost) <= 1e-6 * abs(want.cost), "cost at \(want.step): \(got.cost) vs \(want.cost)")
        }
    }
}
