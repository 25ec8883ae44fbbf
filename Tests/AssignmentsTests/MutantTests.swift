import Fixtures
import Testing

/// Every deliberately wrong implementation fails at least one case of the function it gets wrong.
@Test(arguments: allMutants)
func mutantFailsACaseOfItsFunction(_ mutant: Mutant) throws {
    let cases = try shippedFixtures(of: mutant.exercise).cases.filter { $0.function == mutant.function }
    try #require(!cases.isEmpty, "\(mutant.exercise) has no case of \(mutant.function)")
    let failed = outcomes(of: cases, on: mutant.makeAdapter()).filter { $0.failure != nil }
    #expect(!failed.isEmpty, "\(mutant.function) passes every case although \(mutant.mistake)")
}

/// Each graded function of the catalog has at least three mutants, all of them named after a real function.
@Test func mutantsCoverEveryGradedFunction() {
    for info in ExerciseCatalog.all {
        for function in info.functions {
            let count = allMutants.filter { $0.exercise == info.name && $0.function == function }.count
            #expect(count >= 3, "\(info.name).\(function) has \(count) mutants")
        }
    }
    let graded = Set(ExerciseCatalog.all.flatMap { info in info.functions.map { "\(info.name).\($0)" } })
    for mutant in allMutants {
        #expect(graded.contains("\(mutant.exercise).\(mutant.function)"), "\(mutant.testDescription) names no graded function")
    }
}
