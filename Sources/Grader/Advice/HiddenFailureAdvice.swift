import Fixtures

/// The hint for a hidden case that fails: what differs between it and the public cases of its function.
///
/// A student sees a hidden case's kind and place of mistake, never its inputs; this says which
/// qualities of the inputs changed (a non-zero incoming s, an epoch between two decays), never a value
/// or the case's id. It suggests a hard-coded constant, a default argument or an assumed shape only when
/// one could pass every public case and fail this one: when the public cases share an input that this
/// case changes.
enum HiddenFailureAdvice {
    /// Sets `advice` on each failed hidden result, from the fixture cases the results are of (same order).
    static func annotate(_ results: inout [CaseResult], cases: [FixtureCase]) {
        var publicInputs: [String: [[String: Value]]] = [:]
        for (index, fixtureCase) in cases.enumerated() where fixtureCase.visibility == .hidden && results[index].status == .failed {
            let function = fixtureCase.function
            let publics = cases.indices.filter { cases[$0].function == function && cases[$0].visibility == .public }
            guard !publics.isEmpty else { continue }
            if publics.contains(where: { results[$0].status != .passed }) {
                results[index].advice = publicCaseFails(function)
                continue
            }
            if publicInputs[function] == nil { publicInputs[function] = publics.map { cases[$0].materializedInputs() } }
            let contrast = InputContrast(hidden: fixtureCase.materializedInputs(), publics: publicInputs[function]!, function: function)
            results[index].advice = text(function: function, contrast: contrast)
        }
    }

    /// The hint when a public case of the function fails too.
    static func publicCaseFails(_ function: String) -> String {
        "A public case of \(function) fails too, and it shows its inputs, the expected values and yours: fix it "
            + "first, and this hidden case may pass with it."
    }

    /// The hint when every public case of the function passes.
    static func text(function: String, contrast: InputContrast) -> String {
        if contrast.isEmpty {
            return "The public cases of \(function) pass, and this hidden case only moves sizes and values they already "
                + "vary, so no hard-coded constant or assumed shape would pass them all: look for a step that is wrong in "
                + "a way the public inputs happen to hide, comparing each step with the notebook's formula."
        }
        var predicates: [String] = []
        if !contrast.traits.isEmpty {
            predicates.append("has \(listed(contrast.traits)), which no public case has: check the steps of your code "
                              + "that depend on \(contrast.traits.count == 1 ? "it" : "them")")
        }
        if let layers = contrast.layers {
            predicates.append("has \(layers): check the loop over the layers and anything that assumes their number")
        }
        if !contrast.unsharedValues.isEmpty {
            predicates.append("passes \(listed(contrast.unsharedValues.map { "`\($0)`" })) a value that no public case "
                              + "passes: look for a hard-coded constant or a default argument used in place of the one passed")
        }
        if !contrast.unsharedSizes.isEmpty {
            predicates.append("gives \(listed(contrast.unsharedSizes.map { "`\($0)`" })) sizes that no public case has: "
                              + "look for an assumed shape or number of layers")
        }
        let sentences = predicates.enumerated().map { ($0.offset == 0 ? "this hidden case " : "it ") + $0.element }
        return "The public cases of \(function) pass, but " + sentences.joined(separator: "; ") + "."
    }

    /// `a`, `a and b`, `a, b and c`.
    private static func listed(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
