import Assignments
import Fixtures
import Foundation

/// What `grader show NAME` prints: an exercise's instructions and its cases with their inputs and
/// expected outputs, as the notebook shows them, or the cases as fixture JSON for tools.
public struct ExerciseSheet: Sendable {
    /// The exercise.
    public var exercise: Exercise
    /// Its cases shown, in the fixture file's order.
    public var cases: [FixtureCase]

    /// The sheet of `exercise`'s public cases, and its hidden ones too when `revealHidden` (instructors).
    public init(exercise: Exercise, fixtures: FixtureSet, revealHidden: Bool) {
        self.exercise = exercise
        self.cases = fixtures.cases(of: exercise.name).filter { revealHidden || $0.visibility == .public }
    }

    /// The cases as a JSON array in the fixture format (`FixtureCase.fixtureJSON`).
    public var json: String {
        JSONWriter.text(.array(cases.map(\.fixtureJSON)))
    }

    /// The instructions (`<exercises>/<exercise>/README.md`, its LaTeX made readable; a line saying where
    /// they were looked for when missing), then every case: inputs, generated ones included, and the
    /// expected outputs.
    public func text(exercisesDirectory: URL) -> String {
        let readme = exercisesDirectory.appendingPathComponent(exercise.name).appendingPathComponent("README.md")
        let instructions = FileManager.default.contents(atPath: readme.path)
            .map { LaTeXText.readable(String(decoding: $0, as: UTF8.self)) }
            ?? "# \(exercise.title)\n\n(no instructions at \(readme.path))\n"
        return ([instructions, "## Cases\n"] + cases.map(caseText)).joined(separator: "\n") + "\n"
    }

    private func caseText(_ fixtureCase: FixtureCase) -> String {
        let inputs = fixtureCase.materializedInputs()
        let points = ReportNumbers.pointsWithUnit(fixtureCase.points)
        var lines = ["### \(fixtureCase.id) (\(fixtureCase.visibility.rawValue), \(points))", fixtureCase.description, "", "Inputs:"]
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
}
