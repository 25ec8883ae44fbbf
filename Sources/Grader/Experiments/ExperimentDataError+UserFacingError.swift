import NotebookData

/// A missing or malformed experiment resource (a packaging fault) stops the grader (exit 2), naming the file.
extension ExperimentDataError: UserFacingError {}
