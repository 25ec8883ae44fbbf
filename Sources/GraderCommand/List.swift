import Assignments
import ArgumentParser
import Foundation
import Grader

extension GraderCommand {
    /// `grader list`: the exercises, their graded functions, cases and points.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the exercises, their graded functions, cases and points.")

        @OptionGroup var fixtureOptions: FixtureOptions

        func run() throws {
            print(CourseListing(fixtures: try FixtureSet.load(extraDirectory: fixtureOptions.url)).text, terminator: "")
        }
    }
}
