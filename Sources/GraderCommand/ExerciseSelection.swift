import ArgumentParser
import Foundation
import Fixtures
import Grader

/// The `--exercise NAME` option shared by the commands that work on some exercises.
struct ExerciseSelection: ParsableArguments {
    @Option(
        name: .customLong("exercise"),
        help: ArgumentHelp("Grade only this exercise (repeatable). `grader list` shows the names.", valueName: "name"))
    var names: [String] = []

    func validate() throws {
        for name in names where ExerciseCatalog.exercise(named: name) == nil {
            let suggestions = NameSuggestions.exercises(closeTo: name)
            let hint = suggestions.isEmpty
                ? "`grader list` shows the exercises"
                : "did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?"
            throw ValidationError("no exercise named '\(name)'; \(hint)")
        }
    }
}

/// The `--fixtures DIR` option: an instructor's extra or replacement fixture files.
struct FixtureOptions: ParsableArguments {
    @Option(
        name: .customLong("fixtures"),
        help: ArgumentHelp("A folder of extra or replacement fixture files (<exercise>.json).", valueName: "dir"))
    var directory: String?

    /// The folder as a file URL, when one is given.
    var url: URL? { directory.map { URL(fileURLWithPath: $0) } }
}
