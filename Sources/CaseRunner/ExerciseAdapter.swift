import WorkerProtocol

/// The bridge between an exercise's fixture values and its typed Swift protocol, bound to one
/// implementation (the student's type or the reference).
///
/// Each exercise has one factory, generic over the implementation it calls, named after the exercise's
/// `swiftProperty`: `ExerciseAdapter.adam(StudentAdam())`. The worker hands the adapter a case's function
/// name and inputs; the factory's closure decodes them into Swift values, calls the implementation, and
/// encodes every returned value under the output names of `docs/fixtures.md`.
public struct ExerciseAdapter {
    /// The exercise's name, e.g. `adam` (`experiments` for the experiment worker), for error messages.
    public let name: String
    /// Runs one graded function on decoded inputs; nil when the exercise has no such function.
    private let runCase: (_ function: String, _ inputs: CaseInputs) throws -> [String: Value]?

    /// Binds an exercise's cases to the closure that runs them.
    ///
    /// - Parameters:
    ///   - name: the exercise's name.
    ///   - runCase: runs a graded function by notebook name on the case's inputs; returns nil for a
    ///     function the exercise does not have.
    init(name: String, runCase: @escaping (_ function: String, _ inputs: CaseInputs) throws -> [String: Value]?) {
        self.name = name
        self.runCase = runCase
    }

    /// Runs one graded function.
    ///
    /// - Parameters:
    ///   - function: the graded function's notebook name, e.g. `update_parameters_with_adam`.
    ///   - inputs: the case's inputs by argument name, generated ones included.
    /// - Returns: the named outputs, e.g. `["parameters": …, "v": …]`.
    /// - Throws: `AdapterError` when the case does not fit the exercise (a grader fault, not the student's).
    public func run(function: String, inputs: [String: Value]) throws -> [String: Value] {
        guard let outputs = try runCase(function, CaseInputs(inputs)) else {
            throw AdapterError.unknownFunction(exercise: name, function: function)
        }
        return outputs
    }
}
