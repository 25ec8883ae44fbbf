import Fixtures

/// The names reports give cases. A public case keeps its fixture id, e.g. `update_lr[learning_rate0=0.5,…]`;
/// a hidden case, whose id spells out its inputs, is `update_lr[hidden 2]` (its place among its
/// function's hidden cases) unless hidden cases are revealed.
enum CaseNames {
    /// The report name of every case, by fixture id.
    static func of(_ cases: [FixtureCase], revealHidden: Bool) -> [String: String] {
        var names: [String: String] = [:]
        var hiddenCount: [String: Int] = [:]
        for fixtureCase in cases {
            guard fixtureCase.visibility == .hidden, !revealHidden else {
                names[fixtureCase.id] = fixtureCase.id
                continue
            }
            let ordinal = hiddenCount[fixtureCase.function, default: 0] + 1
            hiddenCount[fixtureCase.function] = ordinal
            names[fixtureCase.id] = "\(fixtureCase.function)[hidden \(ordinal)]"
        }
        return names
    }
}
