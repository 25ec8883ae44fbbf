import Foundation

/// What one `grader batch` run should do: the library side of its options.
public struct BatchOptions: Sendable {
    /// The folder whose sub-folders are the submissions.
    public var submissionsFolder: URL
    /// Where the reports and records go.
    public var output: BatchFolder
    /// How many submissions are graded at once.
    public var jobs: Int
    /// Which part of the class this run grades.
    public var shard: Shard
    /// Who the class is, when known.
    public var roster: Roster?
    /// How each submission is graded; its `exercisesDirectory` is replaced by each submission's own.
    public var grading: GradingOptions

    /// Creates options.
    public init(
        submissionsFolder: URL, output: BatchFolder, jobs: Int = 1, shard: Shard = .whole, roster: Roster? = nil,
        grading: GradingOptions = GradingOptions()
    ) {
        self.submissionsFolder = submissionsFolder
        self.output = output
        self.jobs = jobs
        self.shard = shard
        self.roster = roster
        self.grading = grading
    }
}

/// How a batch run ended for one submission.
public enum BatchOutcome: Sendable, Equatable {
    /// Graded in this run, with its score.
    case graded(points: Double, maxPoints: Double)
    /// Already graded with the same grader, fixtures, options and files: left as it was.
    case current
    /// The grader could not grade it (after a retry, unless `willRetry`): not scored.
    case infrastructureError(String)

    /// Whether this is an infrastructure error.
    public var isInfrastructureError: Bool {
        if case .infrastructureError = self { true } else { false }
    }
}

/// What a batch reports as it goes, for a progress bar.
public enum BatchEvent: Sendable {
    /// The run found `total` submissions of its shard to look at.
    case planned(total: Int)
    /// A submission was finished with: graded, skipped as current, or failed (`willRetry` when it will
    /// be tried once more at the end of the run).
    case finished(submission: String, outcome: BatchOutcome, willRetry: Bool)
}

/// What a batch run did.
public struct BatchSummary: Sendable {
    /// Every submission of the shard and how it ended, by name.
    public var outcomes: [(submission: String, outcome: BatchOutcome)]
    /// How many submissions belong to other shards.
    public var otherShards: Int
    /// Folders of the submissions folder without `exercises/`, which are not submissions.
    public var ignored: [String]
    /// Wall time of the run, in seconds.
    public var seconds: Double

    /// How many submissions ended with an outcome that `matches`.
    public func count(where matches: (BatchOutcome) -> Bool) -> Int {
        outcomes.filter { matches($0.outcome) }.count
    }

    /// True when no submission was left with an infrastructure error.
    public var complete: Bool {
        count(where: \.isInfrastructureError) == 0
    }
}
