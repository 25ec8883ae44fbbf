import Fixtures
import Testing

/// The reference solutions reproduce every expected value the numpy oracle wrote, public and hidden.
@Test(arguments: ExerciseCatalog.all.map(\.name))
func referencePassesEveryCase(exercise: String) throws {
    let adapter = try #require(referenceAdapter(for: exercise), "no reference adapter for \(exercise)")
    let file = try shippedFixtures(of: exercise)
    let info = try #require(ExerciseCatalog.exercise(named: exercise))
    #expect(Set(file.cases.map(\.function)) == Set(info.functions), "every graded function has cases")
    for outcome in outcomes(of: file.cases, on: adapter) {
        #expect(outcome.failure == nil, "\(outcome.id): \(outcome.failure ?? "")")
    }
}
