/// Advice shown under a mismatch that matches the hint's pattern.
///
/// A pattern names any of: the graded function, the top-level output, the family of the dictionary
/// key (the key without its layer number: `W` for `W1`, `db` for `db2`, `D` for `D1`), and the kinds of
/// mismatch. A field left `nil` (or an empty list of categories) matches anything. Hint texts are
/// general advice and never hold a case's values, so hidden cases show them too.
public struct Hint: Sendable, Equatable {
    /// The graded function, e.g. `update_parameters_with_adam`; `nil` for any.
    public var function: String?
    /// The top-level output, e.g. `v_corrected`; `nil` for any.
    public var output: String?
    /// The key family, e.g. `b`; `nil` for any (a non-nil family needs a key on the path).
    public var keyFamily: String?
    /// The kinds of mismatch; empty for any.
    public var categories: [Mismatch.Category]
    /// The advice, one sentence or two.
    public var text: String

    /// Creates a hint.
    public init(function: String? = nil, output: String? = nil, keyFamily: String? = nil,
                _ categories: [Mismatch.Category] = [], _ text: String) {
        self.function = function
        self.output = output
        self.keyFamily = keyFamily
        self.categories = categories
        self.text = text
    }

    /// True when the mismatch, found in `function`'s outputs, matches every field of the pattern.
    public func matches(_ mismatch: Mismatch, function: String) -> Bool {
        (self.function.map { $0 == function } ?? true)
            && (output.map { $0 == mismatch.path.output } ?? true)
            && (keyFamily.map { $0 == mismatch.path.lastKey.map(Self.family) } ?? true)
            && (categories.isEmpty || categories.contains(mismatch.category))
    }

    /// How many fields of the pattern are set: the more, the more specific the hint.
    var specificity: Int {
        [function != nil, output != nil, keyFamily != nil, !categories.isEmpty].filter { $0 }.count
    }

    /// A key without its trailing layer number: `W1` → `W`, `db12` → `db`.
    static func family(_ key: String) -> String {
        var family = key
        while let last = family.last, last.isASCII, last.isNumber { family.removeLast() }
        return family
    }
}

/// A list of hints and the rule that picks one for a mismatch.
public struct HintTable: Sendable {
    /// The hints, in the order ties are broken.
    public var hints: [Hint]

    /// Creates a table.
    public init(_ hints: [Hint]) {
        self.hints = hints
    }

    /// The most specific hint matching the mismatch (the earliest on ties), if any.
    public func hint(for mismatch: Mismatch, function: String) -> Hint? {
        var best: Hint?
        for hint in hints where hint.matches(mismatch, function: function) {
            if best.map({ hint.specificity > $0.specificity }) ?? true { best = hint }
        }
        return best
    }
}
