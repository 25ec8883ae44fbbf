import ArgumentParser
import Assignments
import Foundation
import Fixtures
import Grader

/// The `--exercise NAME` option shared by the commands that work on some exercises.
struct ExerciseSelection: ParsableArguments {
    @Option(
        name: .customLong("exercise"),
        help: ArgumentHelp("Grade only this exercise (repeatable). `grader list` shows the names.", valueName: "name"))
    var names: [String] = []

    /// The chosen exercises (after `validate()`, every name is one).
    var exercises: [Exercise] { names.compactMap(Exercise.init(rawValue:)) }

    func validate() throws {
        for name in names where Exercise(rawValue: name) == nil {
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
