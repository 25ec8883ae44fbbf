import Fixtures

/// Which cases of its function a mutant fails, as a student and as the grade would see it.
enum MutantVerdict: Equatable {
    /// A public case fails when only the public cases run, as they do in a student's release.
    case caughtPublicly
    /// Only hidden cases fail: a student whose public cases pass would lose points.
    case hiddenOnly
    /// No case fails.
    case missed

    /// Runs the mutant on its function's public cases alone, then on all of its cases, each time with a
    /// fresh adapter, as a worker would run them.
    init(of mutant: Mutant, in file: FixtureFile) {
        let cases = file.cases.filter { $0.function == mutant.function }
        let fails = { (cases: [FixtureCase]) in
            outcomes(of: cases, on: mutant.makeAdapter()).contains { $0.failure != nil }
        }
        if fails(cases.filter { $0.visibility == .public }) {
            self = .caughtPublicly
        } else {
            self = fails(cases) ? .hiddenOnly : .missed
        }
    }
}

extension FixtureFile {
    /// The entry of `hiddenOnly` that names the mutant's mistake, if any.
    func hiddenOnlyEntry(for mutant: Mutant) -> HiddenOnlyMistake? {
        hiddenOnly.first { $0.function == mutant.function && $0.mistake == mutant.mistake }
    }
}
