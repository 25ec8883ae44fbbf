import Experiments
import NotebookData
import Foundation

/// How a graded experiment ended.
public enum ExperimentStatus: String, Sendable, Codable {
    /// Trained, and its accuracies and costs match the notebook's within the margins.
    case passed
    /// Trained, but an accuracy or a cost is off the notebook's.
    case failed
    /// Did not train: a needed exercise did not compile, the code crashed, timed out or is not implemented.
    case error
}

/// A plot written for an experiment: where it is and what it shows.
public struct ExperimentPlot: Sendable, Codable, Equatable {
    /// The SVG file, relative to the Markdown report's folder.
    public var path: String
    /// What it shows, e.g. `Dropout (keep_prob = 0.86): decision boundary`: the plot's title and its alt text.
    public var caption: String

    /// Creates a plot record.
    public init(path: String, caption: String) {
        self.path = path
        self.caption = caption
    }
}

/// One experiment of one run: what the student's functions trained to, beside the notebook's results.
public struct ExperimentResult: Sendable, Codable {
    /// The experiment's name, e.g. `opt-adam`.
    public var name: String
    /// Its title, e.g. `Mini-batch Adam`.
    public var title: String
    /// The notebook's title, e.g. `Optimization methods (W2A1)`.
    public var notebook: String
    /// The dataset it trains on.
    public var dataset: String
    /// The exercises whose functions the training calls.
    public var exercises: [String]
    /// The graded outcome.
    public var status: ExperimentStatus
    /// One line: why it failed or errored, or a summary when it passed.
    public var message: String
    /// More: compile diagnostics, the crash, or every difference from the notebook.
    public var details: String
    /// The run's training accuracy, when it trained.
    public var trainAccuracy: Double?
    /// The run's test accuracy, when it trained and the dataset has a test set.
    public var testAccuracy: Double?
    /// The costs the run recorded (every 1000 iterations, or every 100 epochs).
    public var costs: [CostPoint]
    /// The trained parameters (`W1`…`b3`), for the decision-boundary plot.
    public var parameters: [String: StoredMatrix]
    /// The notebook's results.
    public var notebookResult: NotebookResult
    /// Wall time of the training, in seconds.
    public var duration: Double
    /// The plots written for it.
    public var plots: [ExperimentPlot]
    /// For a training whose worker died: how it ended and where in the student's code; nil otherwise.
    public var crash: CrashReport?

    /// Creates a result.
    public init(
        name: String, title: String, notebook: String, dataset: String, exercises: [String], status: ExperimentStatus,
        message: String, details: String, trainAccuracy: Double?, testAccuracy: Double?, costs: [CostPoint],
        parameters: [String: StoredMatrix], notebookResult: NotebookResult, duration: Double, plots: [ExperimentPlot] = [],
        crash: CrashReport? = nil
    ) {
        self.name = name
        self.title = title
        self.notebook = notebook
        self.dataset = dataset
        self.exercises = exercises
        self.status = status
        self.message = message
        self.details = details
        self.trainAccuracy = trainAccuracy
        self.testAccuracy = testAccuracy
        self.costs = costs
        self.parameters = parameters
        self.notebookResult = notebookResult
        self.duration = duration
        self.plots = plots
        self.crash = crash
    }

    /// The recorded costs at the notebook's printed checkpoints (iterations divisible by its print interval).
    public var printedCosts: [CostPoint] {
        costs.filter { $0.step % notebookResult.printedEvery == 0 }
    }
}
