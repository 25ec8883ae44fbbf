import Assignments
import CaseRunner
import Testing

/// A deliberately wrong implementation of one graded function: a mistake students really make.
///
/// Each mutant is a small type that answers like the reference everywhere except in `function`,
/// wrapped in its exercise's adapter. The grader must fail it on at least one case of `function`.
struct Mutant: Sendable, CustomTestStringConvertible {
    /// The exercise, e.g. `.adam`.
    let exercise: Exercise
    /// The graded function the mistake is in, e.g. `update_parameters_with_adam`.
    let function: String
    /// The mistake, in words.
    let mistake: String
    /// A fresh adapter around the mutant (fresh, so a mutant holding state starts clean in every test).
    let makeAdapter: @Sendable () -> ExerciseAdapter

    /// Describes a mutant of `function` in `exercise`.
    init(_ exercise: Exercise, _ function: String, _ mistake: String, _ makeAdapter: @escaping @Sendable () -> ExerciseAdapter) {
        self.exercise = exercise
        self.function = function
        self.mistake = mistake
        self.makeAdapter = makeAdapter
    }

    var testDescription: String { "\(function): \(mistake)" }
}
