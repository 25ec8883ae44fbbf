import Assignments
import CaseRunner
import Fixtures
import Foundation
import Grader

/// The fixture file the package ships for `exercise`.
func shippedFixtures(of exercise: Exercise) throws -> FixtureFile {
    try FixtureLoader.load(FixtureLoader.bundledDirectory.appendingPathComponent("\(exercise.name).json"))
}

/// What happened to one case run in-process through an adapter.
struct CaseOutcome {
    /// The case's id.
    let id: String
    /// Why the case failed (mismatches or an adapter error), or nil when it passed.
    let failure: String?
}

/// Runs `cases` in order through one adapter, in this process, and compares each case's outputs with
/// the oracle's expected values exactly as the grader does.
///
/// The same adapter serves every case, as one worker process does, so an implementation that keeps
/// state between calls (a generator seeded once) behaves as it would under the grader.
func outcomes(of cases: [FixtureCase], on adapter: ExerciseAdapter) -> [CaseOutcome] {
    cases.map { fixtureCase in
        do {
            let actual = try adapter.run(function: fixtureCase.function, inputs: fixtureCase.materializedInputs())
            let report = OutputComparator().compare(fixtureCase, actual: actual)
            let failure = report.passed ? nil : report.mismatches.map { "\($0.path): \($0.kind)" }.joined(separator: "; ")
            return CaseOutcome(id: fixtureCase.id, failure: failure)
        } catch {
            return CaseOutcome(id: fixtureCase.id, failure: "adapter error: \(error)")
        }
    }
}
