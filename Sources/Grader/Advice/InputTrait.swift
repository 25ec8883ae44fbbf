import Fixtures

/// A property of a case's inputs under which some wrong formulas stop giving the right answer: a state
/// that is not zero, a t other than 1 and 2, an epoch between two decays, labels of both classes.
///
/// When a hidden case has a trait that none of its function's public cases has, the trait's phrase tells
/// a student whose public cases pass where to look. A phrase names inputs, never their values.
struct InputTrait: Sendable {
    /// The graded function the trait belongs to; nil for any function with the inputs it reads.
    var function: String?
    /// The inputs the trait reads; a case lacking one of them says nothing about the trait.
    var inputs: [String]
    /// A case that has the trait, in words, e.g. `a non-zero incoming s`.
    var phrase: String
    /// Whether a case's inputs, every one of `inputs` present, have the trait.
    var test: @Sendable ([String: Value]) -> Bool

    /// Creates a trait of `function` (any function when nil) reading `inputs`.
    init(function: String? = nil, reads inputs: [String], _ phrase: String,
         _ test: @escaping @Sendable ([String: Value]) -> Bool) {
        self.function = function
        self.inputs = inputs
        self.phrase = phrase
        self.test = test
    }

    /// Whether a case of `function` with these inputs has the trait; nil when the trait belongs to another
    /// function or an input it reads is missing.
    func holds(in inputs: [String: Value], function: String) -> Bool? {
        guard self.function.map({ $0 == function }) ?? true, self.inputs.allSatisfy({ inputs[$0] != nil }) else {
            return nil
        }
        return test(inputs)
    }
}
