/// A fixture file the grader cannot use, with the file and the JSON path of the fault.
///
/// Its description is the one line the grader prints before exiting with status 2, e.g.
/// `adam.json: $.cases[3].expected.v.dict.dW1.matrix.shape: expected 2 integers, got 3`.
public struct FixtureError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file's name (not its full path), e.g. `adam.json`.
    public var file: String
    /// The JSON path of the fault, `$` for the document itself.
    public var path: String
    /// What is wrong there.
    public var reason: String

    /// Creates an error.
    public init(file: String, path: String, reason: String) {
        self.file = file
        self.path = path
        self.reason = reason
    }

    /// `file: path: reason`.
    public var description: String { "\(file): \(path): \(reason)" }
}
