/// How a class did on each case: the share of graded submissions that passed it and the most common
/// kind of mistake among those that did not, so that an instructor sees what the class got wrong.
public struct CaseAnalysis: Sendable, Equatable {
    /// The exercise.
    public var exercise: String
    /// The case's name as reports give it.
    public var caseID: String
    /// Whether the case is hidden.
    public var isHidden: Bool
    /// How many graded submissions ran the case.
    public var ran: Int
    /// How many passed it.
    public var passed: Int
    /// The most common mistake among the others (`CaseResult.mistake`, or the outcome for a case that
    /// could not run: `not implemented`, `crashed`, `compile error`, `timed out`) and how many made it.
    public var commonMistake: (phrase: String, count: Int)?

    /// The share that passed, from 0 to 1 (0 when none ran it).
    public var passRate: Double { ran == 0 ? 0 : Double(passed) / Double(ran) }

    /// Equal when every field is.
    public static func == (lhs: CaseAnalysis, rhs: CaseAnalysis) -> Bool {
        lhs.exercise == rhs.exercise && lhs.caseID == rhs.caseID && lhs.isHidden == rhs.isHidden && lhs.ran == rhs.ran
            && lhs.passed == rhs.passed && lhs.commonMistake?.phrase == rhs.commonMistake?.phrase
            && lhs.commonMistake?.count == rhs.commonMistake?.count
    }

    /// Every case of the runs, in the order the runs list them; skipped cases do not count as run.
    /// Ties between mistakes go to the phrase that sorts first, so the result does not depend on the runs' order.
    public static func of(_ runs: [RunResult]) -> [CaseAnalysis] {
        var order: [String] = []
        var tallies: [String: (result: CaseResult, ran: Int, passed: Int, mistakes: [String: Int])] = [:]
        for run in runs {
            for result in run.allCases where result.status != .skipped {
                let key = result.exercise + "\u{0}" + result.id
                if tallies[key] == nil {
                    order.append(key)
                    tallies[key] = (result, 0, 0, [:])
                }
                tallies[key]!.ran += 1
                if result.status == .passed {
                    tallies[key]!.passed += 1
                } else {
                    tallies[key]!.mistakes[result.mistake ?? result.outcomeLabel, default: 0] += 1
                }
            }
        }
        return order.map { key in
            let tally = tallies[key]!
            let common = tally.mistakes.min { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            return CaseAnalysis(
                exercise: tally.result.exercise, caseID: tally.result.id, isHidden: tally.result.isHidden, ran: tally.ran,
                passed: tally.passed, commonMistake: common.map { ($0.key, $0.value) })
        }
    }
}
