import Assignments
import Fixtures
import Testing

/// The reference solutions reproduce every expected value the numpy oracle wrote, public and hidden.
@Test(arguments: Exercise.allCases)
func referencePassesEveryCase(exercise: Exercise) throws {
    let file = try shippedFixtures(of: exercise)
    #expect(Set(file.cases.map(\.function)) == Set(exercise.functions), "every graded function has cases")
    for outcome in outcomes(of: file.cases, on: referenceAdapter(for: exercise)) {
        #expect(outcome.failure == nil, "\(outcome.id): \(outcome.failure ?? "")")
    }
}
