@testable import Experiments
import NumericCore
import Testing

/// The dictionary a training lends a student's function each step: this step's parameters while the
/// function runs, whatever the function kept of the dictionaries of earlier steps.
@Suite struct LentParametersTests {
    private static func parameters(_ seed: UInt32) -> NetworkParameters {
        var random = RandomState(seed: seed)
        return NetworkParameters([
            "W1": random.randn(4, 2), "b1": random.randn(4, 1), "W2": random.randn(3, 4),
            "b2": random.randn(3, 1), "W3": random.randn(1, 3), "b3": random.randn(1, 1),
        ])
    }

    @Test func eachLendHoldsThatStepsParameters() {
        var first = Self.parameters(1)
        var lent = LentParameters(first)
        var kept: [String: Matrix] = [:]
        let seen = lent.lend(first) { dictionary in
            kept = dictionary  // a function that keeps the dictionary it was given
            return dictionary
        }
        #expect(seen == first.dictionary)
        first.W1.subtract(0.5, times: first.W1)
        let second = Self.parameters(2)
        #expect(lent.lend(second) { $0 } == second.dictionary)
        #expect(lent.lend(first) { $0 } == first.dictionary)
        #expect(kept == Self.parameters(1).dictionary, "what a function kept is not changed by later steps")
    }
}
