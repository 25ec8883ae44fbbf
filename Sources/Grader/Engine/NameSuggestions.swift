import Assignments
import Experiments
import Fixtures

/// Finds what a user probably meant by a misspelt exercise or experiment name.
public enum NameSuggestions {
    /// The exercise names closest to `name` (at most three, best first).
    ///
    /// A graded function's name (`update_lr`) suggests its exercise (`learning_rate_decay`) first;
    /// otherwise names within an edit distance of about a third of their length are suggested.
    public static func exercises(closeTo name: String) -> [String] {
        let lowered = name.lowercased()
        if let owner = Exercise.allCases.first(where: { $0.functions.contains(lowered) }) {
            return [owner.name]
        }
        let scored = Exercise.allCases.map { ($0.name, editDistance(lowered, $0.name)) }
            .filter { $0.1 <= max(2, $0.0.count / 3) || $0.0.hasPrefix(lowered) || $0.0.contains(lowered) }
            .sorted { $0.1 < $1.1 }
        return Array(scored.prefix(3).map(\.0))
    }

    /// The experiment and notebook names closest to `name` (at most three, best first): `opt-adma`
    /// suggests `opt-adam`, `adam` suggests the experiment that trains with it.
    public static func experiments(closeTo name: String) -> [String] {
        let lowered = name.lowercased()
        let calling = Experiment.all.filter { $0.exercises.map(\.name).contains(lowered) }.map(\.name)
        if !calling.isEmpty { return Array(calling.prefix(3)) }
        let names = Experiment.all.map(\.name) + ExperimentNotebook.allCases.map(\.rawValue)
        let scored = names.map { ($0, editDistance(lowered, $0)) }
            .filter { $0.1 <= max(2, $0.0.count / 3) || $0.0.hasPrefix(lowered) }
            .sorted { $0.1 < $1.1 }
        return Array(scored.prefix(3).map(\.0))
    }

    /// Levenshtein distance between two strings, by Unicode scalar.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.unicodeScalars)
        let b = Array(rhs.unicodeScalars)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
