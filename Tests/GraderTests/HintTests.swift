import Fixtures
import Grader
import NumericCore
import Testing

@Suite struct HintTests {
    func hint(_ function: String, _ expected: [String: Value], _ actual: [String: Value]) -> String? {
        let report = Build.compare(expected, actual)
        return report.mismatches.first.flatMap { HintTable.course.hint(for: $0, function: function)?.text }
    }

    @Test func biasCorrectionHintForVCorrected() {
        let text = hint("update_parameters_with_adam", ["v_corrected": .dict(["dW1": .float(1)])],
                        ["v_corrected": .dict(["dW1": .float(2)])])
        #expect(text?.contains("`pow(beta1, Double(t))`") == true)
    }

    @Test func theMostSpecificHintWins() {
        let adam = hint("update_parameters_with_adam", ["parameters": .dict(["W1": .float(1)])],
                        ["parameters": .dict(["W1": .float(2)])])
        #expect(adam?.contains("ε goes outside the square root") == true)
        let momentum = hint("update_parameters_with_momentum", ["v": .dict(["dW1": .float(1)])], ["v": .dict(["dW1": .float(2)])])
        #expect(momentum?.contains("β v") == true)
    }

    @Test func shapeHintsFollowTheKeyFamily() {
        let b = hint("initialize_parameters_he", ["parameters": .dict(["b2": Build.m([[0], [0]])])],
                     ["parameters": .dict(["b2": Build.m([[0, 0]])])])
        #expect(b?.contains("(n_l, 1)") == true)
        let w = hint("initialize_parameters_he", ["parameters": .dict(["W12": Build.m([[0, 0]])])],
                     ["parameters": .dict(["W12": Build.m([[0], [0]])])])
        #expect(w?.contains("(n_l, n_{l-1})") == true)
        let db = hint("backward_propagation_n", ["gradients": .dict(["db1": Build.m([[0], [0]])])],
                      ["gradients": .dict(["db1": Build.m([[0, 0]])])])
        #expect(db?.contains("db[l]") == true)
    }

    @Test func extraKeysHint() {
        let text = hint("initialize_velocity", ["v": .dict(["dW1": .int(0)])], ["v": .dict(["dW1": .int(0), "W1": .int(0)])])
        #expect(text == "return only the keys the notebook's function returns")
    }

    @Test func dropoutMaskHintSaysDrawD1BeforeD2() {
        let text = hint("forward_propagation_with_dropout", ["cache": .dict(["D1": Build.mask([[1, 0]])])],
                        ["cache": .dict(["D1": Build.mask([[0, 1]])])])
        #expect(text?.contains("D1") == true && text?.contains("before `D2`") == true)
        let scaled = hint("forward_propagation_with_dropout", ["A3": Build.m([[0.5]])], ["A3": Build.m([[0.7]])])
        #expect(scaled?.contains("/ keepProb") == true)
    }

    @Test func unknownFunctionsGetOnlyGenericHints() {
        #expect(hint("some_new_function", ["x": .float(1)], ["x": .float(2)]) == nil)
        #expect(hint("some_new_function", ["x": .float(1)], ["x": .float(.nan)])?.contains("NaN") == true)
    }

    @Test func hintsAreListedOnceUnderTheDetails() {
        let report = Build.compare(["parameters": .dict(["W1": .float(1), "W2": .float(1)])],
                                   ["parameters": .dict(["W1": .float(2), "W2": .float(2)])])
        let feedback = CaseFeedback(report: report, function: "update_parameters_with_gd", disclosure: .redacted)
        let lines = feedback.details.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("- W = W − learning rate × dW") }.count == 1)
        #expect(lines.contains("Hints:"))
    }

    @Test func everyCategoryHasAGenericHintExceptValues() {
        let generic = HintTable.course.hints.filter { $0.function == nil && $0.output == nil && $0.keyFamily == nil }
        let covered = Set(generic.flatMap(\.categories))
        #expect(covered == Set(Mismatch.Category.allCases).subtracting([.valueMismatch, .digestMismatch]))
    }
}
