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
            let exercise = ExerciseCatalog.exercise(named: name)!
            let fixtures = try FixtureSet.load(extraDirectory: fixtureOptions.directory.map { URL(fileURLWithPath: $0) })
            let cases = fixtures.cases(of: name).filter { revealHidden || $0.visibility == .public }
            if json {
                print(JSONWriter.text(.array(cases.map(caseJSON))))
                return
            }
            let readme = URL(fileURLWithPath: exercisesDirectory).appendingPathComponent(name).appendingPathComponent("README.md")
            if let instructions = FileManager.default.contents(atPath: readme.path) {
                print(LaTeXText.readable(String(decoding: instructions, as: UTF8.self)))
            } else {
                print("# \(exercise.title)\n\n(no instructions at \(readme.path))\n")
            }
            print("## Cases\n")
            for fixtureCase in cases {
                print(caseText(fixtureCase))
            }
        }

        private func caseText(_ fixtureCase: FixtureCase) -> String {
            let inputs = fixtureCase.materializedInputs()
            let points = ReportNumbers.pointsWithUnit(fixtureCase.points)
            var lines = ["### \(fixtureCase.id) (\(fixtureCase.visibility.rawValue), \(points))",
                         fixtureCase.description, "", "Inputs:"]
            for name in fixtureCase.orderedInputNames {
                if let value = inputs[name] { lines.append(indented(Value.labelled(name, value))) }
            }
            lines.append("Expected output:")
            for name in fixtureCase.expected.keys.sorted() {
                lines.append(indented(Value.labelled(name, fixtureCase.expected[name]!)))
            }
            lines.append("")
            return lines.joined(separator: "\n")
        }

        private func indented(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
        }

        /// A generated input stays a recipe in JSON: tools reproduce it with numpy's legacy generator.
        private func recipeJSON(_ recipe: GenerationRecipe) -> JSONValue {
            .object([
                ("seed", .number(String(recipe.seed))),
                ("draws", .array(recipe.draws.map { draw in
                    var members: [(key: String, value: JSONValue)] = [
                        ("input", .string(draw.input)), ("kind", .string(draw.kind.rawValue)),
                        ("shape", Value.jsonShape(draw.shape)),
                    ]
                    if let threshold = draw.lessThan { members.append(("lessThan", .number(threshold.description))) }
                    return .object(members)
                })),
            ])
        }

        private func caseJSON(_ fixtureCase: FixtureCase) -> JSONValue {
            func tolerance(_ tolerance: Tolerance) -> JSONValue {
                var members: [(key: String, value: JSONValue)] = [
                    ("rtol", .number(tolerance.rtol.description)), ("atol", .number(tolerance.atol.description)),
                ]
                if let reason = tolerance.reason { members.append(("reason", .string(reason))) }
                return .object(members)
            }
            func named(_ values: [String: Value]) -> JSONValue {
                .object(values.keys.sorted().map { ($0, values[$0]!.fixtureJSON) })
            }
            return .object([
                ("id", .string(fixtureCase.id)),
                ("function", .string(fixtureCase.function)),
                ("description", .string(fixtureCase.description)),
                ("visibility", .string(fixtureCase.visibility.rawValue)),
                ("points", .number(fixtureCase.points.description)),
                ("tolerance", tolerance(fixtureCase.tolerance)),
                ("outputTolerances", .object(fixtureCase.outputTolerances.keys.sorted().map { ($0, tolerance(fixtureCase.outputTolerances[$0]!)) })),
                ("inputs", named(fixtureCase.inputs)),
                ("generate", fixtureCase.recipe.map(recipeJSON) ?? .null),
                ("expected", named(fixtureCase.expected)),
            ])
        }
    }
}
