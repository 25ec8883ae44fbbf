/// A reason the grader itself cannot work (exit status 2), as one line for the user.
public struct GraderFailure: UserFacingError, CustomStringConvertible, Sendable {
    /// The line printed before exiting.
    public var description: String

    /// Creates a failure with the line to print.
    public init(_ description: String) {
        self.description = description
    }
}
