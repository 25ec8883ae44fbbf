import WorkerProtocol

/// The bridge between an exercise's fixture values and its typed Swift protocol.
///
/// Each exercise has one adapter, generic over the implementation it calls (the student's type or the
/// reference): `AdamCases(StudentAdam())`. The worker hands it a case's function name and inputs; it
/// decodes them into Swift values, calls the implementation, and encodes every returned value under the
/// output names of `docs/fixtures.md`.
public protocol ExerciseAdapter {
    /// The exercise's name, e.g. `adam`.
    static var exercise: String { get }

    /// Runs one graded function.
    ///
    /// - Parameters:
    ///   - function: the graded function's notebook name, e.g. `update_parameters_with_adam`.
    ///   - inputs: the case's inputs by argument name, generated ones included.
    /// - Returns: the named outputs, e.g. `["parameters": …, "v": …]`.
    /// - Throws: `AdapterError` when the case does not fit the exercise (a grader fault, not the student's).
    func run(function: String, inputs: [String: Value]) throws -> [String: Value]
}
