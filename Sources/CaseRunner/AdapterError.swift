/// A case the worker cannot hand to the student's function: the fixture does not fit the exercise.
///
/// These are the grader's faults (a fixture naming an unknown function or missing an input), never
/// the student's, and are reported as internal errors of the case.
public enum AdapterError: Error, CustomStringConvertible, Sendable {
    /// The case names a function the exercise does not have.
    case unknownFunction(exercise: String, function: String)
    /// An input the function needs is absent from the case.
    case missingInput(String)
    /// An input has the wrong kind of value (for example a matrix where an integer belongs).
    case wrongInput(name: String, expected: String, got: String)

    /// One line saying what is wrong with the case.
    public var description: String {
        switch self {
        case .unknownFunction(let exercise, let function):
            "exercise \(exercise) has no graded function \(function)"
        case .missingInput(let name):
            "the case has no input \(name)"
        case .wrongInput(let name, let expected, let got):
            "input \(name): expected a value of kind \(expected), got one of kind \(got)"
        }
    }
}
