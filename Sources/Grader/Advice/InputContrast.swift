import Fixtures

/// What sets a hidden case's inputs apart from those of its function's public cases, without any value.
///
/// Three kinds of difference, each pointing at a different mistake: a trait the hidden case has and no
/// public case has (a state that is not zero, a t other than 1 and 2), a number of layers outside the
/// public cases' range, and an input that is the same in every public case and other here (only then
/// can a hard-coded constant, a default argument or an assumed shape pass the public cases and fail
/// this one).
struct InputContrast: Equatable {
    /// The phrases of the traits the hidden case has and no public case has, e.g. `a non-zero incoming s`.
    var traits: [String] = []
    /// `more layers than any public case` or `fewer layers than any public case`, when so.
    var layers: String?
    /// Scalar inputs that take one value in every public case and another here.
    var unsharedValues: [String] = []
    /// Matrix, dict or list inputs whose sizes are the same in every public case and other here.
    var unsharedSizes: [String] = []

    /// Compares a hidden case's inputs with the public cases' of the same function.
    ///
    /// - Parameters:
    ///   - hidden: the hidden case's inputs, generated ones included.
    ///   - publics: the inputs of each public case of the function (at least one).
    ///   - function: the graded function, which picks the traits.
    ///   - traits: where traits come from.
    init(hidden: [String: Value], publics: [[String: Value]], function: String, traits: [InputTrait] = InputTrait.course) {
        var explained = Set<String>()
        for trait in traits {
            guard trait.holds(in: hidden, function: function) == true,
                  publics.allSatisfy({ trait.holds(in: $0, function: function) == false }),
                  !self.traits.contains(trait.phrase) else { continue }
            self.traits.append(trait.phrase)
            explained.formUnion(trait.inputs)
        }
        if let (name, count) = Self.layerCount(of: hidden) {
            let counts = publics.compactMap { $0[name]?.layerCount }
            if counts.count == publics.count, let most = counts.max(), let least = counts.min() {
                if count > most { layers = "more layers than any public case" }
                if count < least { layers = "fewer layers than any public case" }
                if layers != nil { explained.formUnion(hidden.keys.filter { hidden[$0]!.layerCount != nil }) }
            }
        }
        for name in hidden.keys.sorted() where !explained.contains(name) {
            let value = hidden[name]!
            let others = publics.compactMap { $0[name] }
            guard others.count == publics.count, let first = others.first else { continue }
            if value.isScalar {
                if others.allSatisfy({ $0 == first }), value != first { unsharedValues.append(name) }
            } else if let sizes = value.sizes, others.allSatisfy({ $0.sizes == first.sizes }), sizes != first.sizes {
                unsharedSizes.append(name)
            }
        }
    }

    /// The first input that counts layers (`layers_dims`, `parameters`, `grads`, `cache`), and its count.
    private static func layerCount(of inputs: [String: Value]) -> (String, Int)? {
        for name in ["layers_dims", "parameters", "grads", "cache"] {
            if let count = inputs[name]?.layerCount { return (name, count) }
        }
        return nil
    }

    /// True when nothing sets the hidden case apart but sizes and values the public cases already vary.
    var isEmpty: Bool { traits.isEmpty && layers == nil && unsharedValues.isEmpty && unsharedSizes.isEmpty }
}
