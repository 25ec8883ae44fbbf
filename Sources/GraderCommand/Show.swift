import Assignments
import ArgumentParser
import Fixtures
import Foundation
import Grader

extension GraderCommand {
    /// `grader show NAME`: an exercise's instructions and its public cases, as the notebook shows them.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show an exercise's instructions and its public cases with their expected output.")

        @Argument(help: "The exercise (`grader list` shows the names).")
        var name: String

        @Flag(help: "Print the public cases (inputs, expected outputs, tolerances) as JSON, for tools.")
        var json = false

        @Flag(name: .customLong("reveal-hidden"), help: "Include hidden cases (instructors).")
        var revealHidden = false

        @Option(name: .customLong("exercises-dir"), help: ArgumentHelp("The folder holding the exercises.", valueName: "dir"))
        var exercisesDirectory = "exercises"

        @OptionGroup var fixtureOptions: FixtureOptions

        func validate() throws {
            try ExerciseSelection.parse(["--exercise", name]).validate()
        }

        func run() throws {
            let sheet = ExerciseSheet(
                exercise: Exercise(rawValue: name)!, fixtures: try FixtureSet.load(extraDirectory: fixtureOptions.url),
                revealHidden: revealHidden)
            print(json ? sheet.json : sheet.text(exercisesDirectory: URL(fileURLWithPath: exercisesDirectory)), terminator: json ? "\n" : "")
        }
    }
}
