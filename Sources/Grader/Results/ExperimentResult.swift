import Experiments
import NotebookData

/// One experiment of one run: its verdict as a case, what it trained to, and the notebook's results.
///
/// The verdict is a `CaseResult` like an exercise case's, worth no points: its id is the experiment's
/// name, its status `passed` (matches the notebook), `failed` (trained off the notebook) or an error
/// (it did not train), and a compile error, a crash, a timeout or a function not implemented reads as it
/// does for any case. Its `exercise` is `experiments`, or, after a compile error, the exercise that did
/// not compile (whose file the hint names).
public struct ExperimentResult: Sendable, Codable {
    /// The verdict: status, error kind, one-line message, details, what the training printed, time.
    public var verdict: CaseResult
    /// Its title, e.g. `Mini-batch Adam`.
    public var title: String
    /// The notebook's title, e.g. `Optimization methods (W2A1)`.
    public var notebook: String
    /// The dataset it trains on.
    public var dataset: String
    /// The exercises whose functions the training calls.
    public var exercises: [String]
    /// What it trained to; nil when it did not train.
    public var training: ExperimentTraining?
    /// The notebook's results.
    public var notebookResult: NotebookResult

    /// Creates a result.
    public init(
        verdict: CaseResult, title: String, notebook: String, dataset: String, exercises: [String],
        training: ExperimentTraining?, notebookResult: NotebookResult
    ) {
        self.verdict = verdict
        self.title = title
        self.notebook = notebook
        self.dataset = dataset
        self.exercises = exercises
        self.training = training
        self.notebookResult = notebookResult
    }

    /// The experiment's name, e.g. `opt-adam`.
    public var name: String { verdict.id }
    /// How it ended.
    public var status: CaseStatus { verdict.status }

    /// The recorded costs at the notebook's printed checkpoints (iterations divisible by its print interval).
    public var printedCosts: [CostPoint] {
        (training?.costs ?? []).filter { $0.step % notebookResult.printedEvery == 0 }
    }
}
