import Assignments
import Fixtures
import Testing

/// Every deliberately wrong implementation fails at least one case of the function it gets wrong.
@Test(arguments: allMutants)
func mutantFailsACaseOfItsFunction(_ mutant: Mutant) throws {
    let cases = try shippedFixtures(of: mutant.exercise).cases.filter { $0.function == mutant.function }
    try #require(!cases.isEmpty, "\(mutant.exercise.name) has no case of \(mutant.function)")
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
        #expect(listed == nil, "\(mutant.exercise.name).json lists \(mutant.testDescription) as hidden-only, but a public case catches it")
    case .hiddenOnly:
        #expect(listed != nil, "only hidden cases catch \(mutant.testDescription): add a public case, or list it in \(mutant.exercise.name).json's hiddenOnly with the reason")
    case .missed:
        break  // mutantFailsACaseOfItsFunction reports it.
    }
}

/// The verdict tells a mutant only hidden cases catch: with the notebook's public cases alone, whose
/// epoch / interval ratios are whole numbers, schedule_lr_decay without the floor passes them all.
@Test func aMutantOnlyHiddenCasesCatchIsTold() throws {
    let mutant = try #require(allMutants.first { $0.function == "schedule_lr_decay" && $0.mistake.hasPrefix("no floor") })
    var file = try shippedFixtures(of: mutant.exercise)
    #expect(MutantVerdict(of: mutant, in: file) == .caughtPublicly)
    file.cases.removeAll { $0.visibility == .public && !$0.provenance.hasPrefix("notebook") }
    #expect(MutantVerdict(of: mutant, in: file) == .hiddenOnly)
}

/// Every entry of a fixture file's `hiddenOnly` names a mutant of the suite.
@Test func hiddenOnlyEntriesNameMutants() throws {
    for info in Exercise.allCases {
        for entry in try shippedFixtures(of: info).hiddenOnly {
            let named = allMutants.contains { $0.exercise == info && $0.function == entry.function && $0.mistake == entry.mistake }
            #expect(named, "\(info.name).json lists \(entry.function): \(entry.mistake), which is no mutant of the suite")
        }
    }
}

/// How well the public cases predict the grade, printed: per function, how many of its mutants a public
/// case catches, then each mutant only hidden cases catch, with its fixture file's reason.
@Test func publicCasesPredictTheGrade() throws {
    var perFunction: [(function: String, caught: Int, total: Int)] = []
    var exceptions: [String] = []
    for mutant in allMutants {
        let file = try shippedFixtures(of: mutant.exercise)
        if perFunction.last?.function != mutant.function { perFunction.append((mutant.function, 0, 0)) }
        perFunction[perFunction.count - 1].total += 1
        switch MutantVerdict(of: mutant, in: file) {
        case .caughtPublicly:
            perFunction[perFunction.count - 1].caught += 1
        case .hiddenOnly:
            let listed = file.hiddenOnlyEntry(for: mutant)
            #expect(listed != nil, "only hidden cases catch \(mutant.testDescription), and \(mutant.exercise.name).json does not say why")
            exceptions.append("  hidden only: \(mutant.testDescription): \(listed?.reason ?? "no reason listed")")
        case .missed:
            exceptions.append("  missed by every case: \(mutant.testDescription)")
        }
    }
    let caught = perFunction.reduce(0) { $0 + $1.caught }
    var lines = ["Public cases catch \(caught) of \(allMutants.count) mutants:"]
    lines += perFunction.map { "  \($0.function): \($0.caught) of \($0.total)" }
    print((lines + exceptions).joined(separator: "\n"))
}

/// Each graded function of the catalog has at least three mutants, all of them named after a real function.
@Test func mutantsCoverEveryGradedFunction() {
    for info in Exercise.allCases {
        for function in info.functions {
            let count = allMutants.filter { $0.exercise == info && $0.function == function }.count
            #expect(count >= 3, "\(info.name).\(function) has \(count) mutants")
        }
    }
    let graded = Set(Exercise.allCases.flatMap { info in info.functions.map { "\(info.name).\($0)" } })
    for mutant in allMutants {
        #expect(graded.contains("\(mutant.exercise.name).\(mutant.function)"), "\(mutant.testDescription) names no graded function")
    }
}
