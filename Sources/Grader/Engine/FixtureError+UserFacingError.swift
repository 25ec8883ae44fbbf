import Fixtures

/// A malformed fixture file stops the grader (exit 2) with its file, JSON path and fault on one line.
extension FixtureError: UserFacingError {}
