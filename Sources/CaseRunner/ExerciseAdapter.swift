import WorkerProtocol

/// The bridge between an exercise's fixture values and its typed Swift protocol, bound to one
/// implementation (the student's type or the reference).
///
/// Each exercise has one factory, generic over the implementation it calls, named after the exercise's
/// `swiftProperty`: `ExerciseAdapter.adam(StudentAdam())`. It maps each graded function's notebook name
/// to a closure that decodes the case's inputs into Swift values, calls the implementation, and encodes
/// every returned value under the output names of `docs/fixtures.md`.
public struct ExerciseAdapter {
    /// The exercise's name, e.g. `adam` (`experiments` for the experiment worker), for error messages.
    public let name: String
    /// Runs each graded function, by notebook name, on a case's decoded inputs.
    private let runners: [String: (CaseInputs) throws -> [String: Value]]

    /// Binds an exercise's graded functions to the closures that run them.
    init(name: String, functions: [String: (CaseInputs) throws -> [String: Value]]) {
        self.name = name
        self.runners = functions
    }

    /// The graded functions the adapter runs, by notebook name, sorted.
    public var functions: [String] { runners.keys.sorted() }

    /// Runs one graded function.
    ///
    /// - Parameters:
    ///   - function: the graded function's notebook name, e.g. `update_parameters_with_adam`.
    ///   - inputs: the case's inputs by argument name, generated ones included.
    /// - Returns: the named outputs, e.g. `["parameters": …, "v": …]`.
    /// - Throws: `AdapterError` when the case does not fit the exercise (a grader fault, not the student's).
    public func run(function: String, inputs: [String: Value]) throws -> [String: Value] {
        guard let runner = runners[function] else { throw AdapterError.unknownFunction(exercise: name, function: function) }
        return try runner(CaseInputs(inputs))
    }
}
