import Experiments
import NumericCore
import Testing
import WorkerProtocol

/// What an experiment worker returns crosses the exchange format as `TrainingOutputs` and comes back
/// equal; anything else is refused.
@Suite struct TrainingOutputsTests {
    static let outputs = TrainingOutputs(
        parameters: ["W1": Matrix(rows: 1, columns: 2, data: [0.5, -1]), "b1": Matrix(rows: 1, columns: 1, data: [0])],
        costs: [CostPoint(step: 0, cost: 0.69), CostPoint(step: 1000, cost: .infinity)])

    @Test func outputsSurviveTheExchangeFormat() {
        #expect(TrainingOutputs(values: Self.outputs.values) == Self.outputs)
    }

    @Test func anythingButATrainingsOutputsIsRefused() {
        var values = Self.outputs.values
        values["accuracy"] = .float(1)
        #expect(TrainingOutputs(values: values) == nil)
        #expect(TrainingOutputs(values: ["parameters": Self.outputs.values["parameters"]!]) == nil)
        #expect(TrainingOutputs(values: ["parameters": .dict(["W1": .float(1)]), "costs": Self.outputs.values["costs"]!]) == nil)
        let fractionalStep = Matrix(rows: 2, columns: 1, data: [.nan, 0.5])
        #expect(TrainingOutputs(values: ["parameters": .dict([:]), "costs": .matrix(fractionalStep)]) == nil)
    }
}
