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

/// The public cases predict the grade: a mutant that fails any case of its function also fails a public
/// one when only the public cases run, unless its fixture file lists it in `hiddenOnly` with the reason
/// no public case can catch it. A listed mutant must really be caught by hidden cases alone.
@Test(arguments: allMutants)
func publicCasesCatchEveryMutantTheGradeCatches(_ mutant: Mutant) throws {
    let file = try shippedFixtures(of: mutant.exercise)
    let listed = file.hiddenOnlyEntry(for: mutant)
    switch MutantVerdict(of: mutant, in: file) {
    case .caughtPublicly:
        #expect(listed == nil, "\(mutant.exercise).json lists \(mutant.testDescription) as hidden-only, but a public case catches it")
    case .hiddenOnly:
        #expect(listed != nil, "only hidden cases catch \(mutant.testDescription): add a public case, or list it in \(mutant.exercise).json's hiddenOnly with the reason")
    case .missed:
        break  // mutantFailsACaseOfItsFunction reports it.
    }
}

/// Every entry of a fixture file's `hiddenOnly` names a mutant of the suite.
@Test func hiddenOnlyEntriesNameMutants() throws {
    for info in ExerciseCatalog.all {
        for entry in try shippedFixtures(of: info.name).hiddenOnly {
            let named = allMutants.contains { $0.exercise == info.name && $0.function == entry.function && $0.mistake == entry.mistake }
            #expect(named, "\(info.name).json lists \(entry.function): \(entry.mistake), which is no mutant of the suite")
        }
    }
}

/// How well the public cases predict the grade, printed: how many mutants a public case catches, and
/// each one that only hidden cases catch, with its fixture file's reason.
@Test func publicCasesPredictTheGrade() throws {
    var lines: [String] = []
    var caughtPublicly = 0
    for mutant in allMutants {
        let file = try shippedFixtures(of: mutant.exercise)
        switch MutantVerdict(of: mutant, in: file) {
        case .caughtPublicly:
            caughtPublicly += 1
        case .hiddenOnly:
            let reason = file.hiddenOnlyEntry(for: mutant)?.reason ?? "NOT LISTED: no reason given"
            lines.append("  hidden only: \(mutant.testDescription): \(reason)")
        case .missed:
            lines.append("  missed by every case: \(mutant.testDescription)")
        }
    }
    print("Public cases catch \(caughtPublicly) of \(allMutants.count) mutants" + (lines.isEmpty ? "." : ":\n" + lines.joined(separator: "\n")))
    #expect(caughtPublicly + lines.count == allMutants.count)
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
