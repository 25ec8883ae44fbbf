import Experiments

/// What an experiment trained to: the accuracies the grader computed from the returned network, the
/// recorded costs and the network itself.
public struct ExperimentTraining: Sendable, Codable {
    /// The training accuracy.
    public var trainAccuracy: Double
    /// The test accuracy, when the dataset has a test set.
    public var testAccuracy: Double?
    /// The costs the run recorded (every 1000 iterations, or every 100 epochs).
    public var costs: [CostPoint]
    /// The trained parameters (`W1`…`b3`), for the decision-boundary plot.
    public var parameters: [String: StoredMatrix]

    /// Creates a training's record.
    public init(trainAccuracy: Double, testAccuracy: Double?, costs: [CostPoint], parameters: [String: StoredMatrix]) {
        self.trainAccuracy = trainAccuracy
        self.testAccuracy = testAccuracy
        self.costs = costs
        self.parameters = parameters
    }
}
