@testable import Grader
import Fixtures
import NumericCore
import Testing

/// Inputs of an Adam step on `layers` layers of (rows × 3) weights, the moments filled with `moment`.
private func adamInputs(moment: Double, t: Int, beta2: Double = 0.999, rows: Int = 2, layers: Int = 1) -> [String: Value] {
    func layered(_ prefix: String, _ value: Double) -> Value {
        var entries: [String: Value] = [:]
        for l in 1...layers {
            entries["\(prefix)W\(l)"] = .matrix(Matrix(repeating: value, rows: rows, columns: 3))
            entries["\(prefix)b\(l)"] = .matrix(Matrix(repeating: value, rows: rows, columns: 1))
        }
        return .dict(entries)
    }
    return ["parameters": layered("", 0.5), "grads": layered("d", 0.25), "v": layered("d", moment),
            "s": layered("d", moment * moment), "t": .int(t), "beta2": .float(beta2)]
}

/// Inputs of `schedule_lr_decay`.
private func schedule(_ learningRate0: Double, _ epoch: Int, _ decayRate: Double, _ interval: Int) -> [String: Value] {
    ["learning_rate0": .float(learningRate0), "epoch_num": .int(epoch), "decay_rate": .float(decayRate),
     "time_interval": .int(interval)]
}

@Suite struct InputContrastTests {
    let adam = "update_parameters_with_adam"

    @Test func namesTheTraitsNoPublicCaseHas() {
        let contrast = InputContrast(
            hidden: adamInputs(moment: 0.5, t: 3),
            publics: [adamInputs(moment: 0, t: 2), adamInputs(moment: 0, t: 2, beta2: 0.888)], function: adam)
        #expect(contrast.traits == ["a non-zero incoming v", "a non-zero incoming s", "a time step t other than 1 and 2"])
        #expect(contrast.unsharedValues.isEmpty, "t is explained by its trait; beta2 varies among the public cases")
        #expect(contrast.unsharedSizes.isEmpty && contrast.layers == nil)
    }

    @Test func aTraitSomePublicCaseHasIsNoDifference() {
        let contrast = InputContrast(
            hidden: adamInputs(moment: 0.5, t: 3),
            publics: [adamInputs(moment: 0, t: 2), adamInputs(moment: 0.1, t: 7, beta2: 0.888)], function: adam)
        #expect(contrast.isEmpty)
    }

    @Test func anEpochBetweenTwoDecays() {
        let contrast = InputContrast(
            hidden: schedule(0.2, 650, 0.5, 300), publics: [schedule(0.5, 100, 1, 100), schedule(0.3, 1000, 0.25, 100)],
            function: "schedule_lr_decay")
        #expect(contrast.traits == ["an epoch that is not a multiple of the interval"])
        #expect(contrast.unsharedValues.isEmpty, "time_interval is explained by the trait")
    }

    @Test func aValueEveryPublicCaseSharesCouldBeHardCoded() {
        let contrast = InputContrast(
            hidden: adamInputs(moment: 0.5, t: 3, beta2: 0.99),
            publics: [adamInputs(moment: 0.5, t: 3), adamInputs(moment: 0.5, t: 3)], function: adam)
        #expect(contrast.traits.isEmpty)
        #expect(contrast.unsharedValues == ["beta2"])
    }

    @Test func sizesEveryPublicCaseSharesCouldBeAssumed() {
        let contrast = InputContrast(
            hidden: adamInputs(moment: 0.5, t: 3, rows: 4), publics: [adamInputs(moment: 0.5, t: 3, rows: 2)], function: adam)
        #expect(contrast.unsharedSizes == ["grads", "parameters", "s", "v"])
    }

    @Test func moreLayersThanAnyPublicCase() {
        let contrast = InputContrast(
            hidden: adamInputs(moment: 0.5, t: 3, layers: 3),
            publics: [adamInputs(moment: 0.5, t: 3, layers: 1), adamInputs(moment: 0.5, t: 4, layers: 2)], function: adam)
        #expect(contrast.layers == "more layers than any public case")
        #expect(contrast.unsharedSizes.isEmpty, "the layers explain the sizes")
    }

    @Test func aTraitOfAnotherFunctionDoesNotApply() {
        let trait = InputTrait(function: "update_lr", reads: ["decay_rate"], "x") { _ in true }
        #expect(trait.holds(in: ["decay_rate": .float(2)], function: "schedule_lr_decay") == nil)
        #expect(trait.holds(in: [:], function: "update_lr") == nil)
        #expect(trait.holds(in: ["decay_rate": .float(2)], function: "update_lr") == true)
    }
}
