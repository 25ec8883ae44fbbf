import ArgumentParser
import Fixtures
import Foundation
import Grader

extension GraderCommand {
    /// `grader list`: the exercises, their graded functions, cases and points.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the exercises, their graded functions, cases and points.")

        @OptionGroup var fixtureOptions: FixtureOptions

        func run() throws {
            let fixtures = try FixtureSet.load(extraDirectory: fixtureOptions.url)
            var total = 0.0
            for exercise in ExerciseCatalog.all {
                let cases = fixtures.cases(of: exercise.name)
                let points = cases.reduce(0) { $0 + $1.points }
                total += points
                print("\(exercise.name) — \(exercise.title) (\(exercise.notebook)): \(cases.count) cases, \(ReportNumbers.pointsWithUnit(points))")
                for function in exercise.functions {
                    let mine = cases.filter { $0.function == function }
                    let hidden = mine.filter { $0.visibility == .hidden }.count
                    let points = mine.reduce(0) { $0 + $1.points }
                    print("    \(function): \(mine.count - hidden) public + \(hidden) hidden cases, \(ReportNumbers.pointsWithUnit(points))")
                }
            }
            print("total: \(ReportNumbers.pointsWithUnit(total))")
        }
    }
}
