/// An error that speaks to the person running the grader: the one line to print and the exit status.
///
/// Every failure the grader can explain adopts it (`GraderFailure`, `ReportWriteError`, a malformed
/// fixture file's `FixtureError`, a damaged experiment resource's `ExperimentDataError`), so the
/// command line prints `userMessage` as it is, after `grader: `, and exits with `exitStatus`, without
/// stripping or rewriting any text.
public protocol UserFacingError: Error {
    /// One line, complete in itself, e.g. `cannot write the JUnit report to reports/junit.xml: Permission denied`.
    var userMessage: String { get }
    /// The status the grader exits with: 2 (the grader itself could not work) unless the error says otherwise.
    var exitStatus: Int32 { get }
}

extension UserFacingError {
    /// 2: the grader itself could not work.
    public var exitStatus: Int32 { 2 }
}

extension UserFacingError where Self: CustomStringConvertible {
    /// The error's description, which the grader's errors keep to one line.
    public var userMessage: String { description }
}
