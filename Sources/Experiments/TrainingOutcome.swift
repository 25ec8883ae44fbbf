import Assignments
import NumericCore

/// What one training produced: the trained parameters, the recorded costs and the accuracies.
public struct TrainingOutcome: Sendable, Equatable {
    /// The parameters after the last iteration.
    public var parameters: Parameters
    /// The costs the notebook records for its plot (every 1000 iterations, or every 100 epochs).
    public var costs: [CostPoint]
    /// The notebook's `predict` accuracy on the training set.
    public var trainAccuracy: Double
    /// The accuracy on the test set, when the dataset has one.
    public var testAccuracy: Double?

    /// Creates an outcome.
    public init(parameters: Parameters, costs: [CostPoint], trainAccuracy: Double, testAccuracy: Double?) {
        self.parameters = parameters
        self.costs = costs
        self.trainAccuracy = trainAccuracy
        self.testAccuracy = testAccuracy
    }
}

/// An experiment needs an exercise the worker was not built with (it did not compile).
public struct MissingImplementation: Error, Sendable, CustomStringConvertible {
    /// The exercise.
    public var exercise: Exercise

    /// E.g. `the experiment needs the adam exercise, which is not in this worker`.
    public var description: String { "the experiment needs the \(exercise.name) exercise, which is not in this worker" }
}

/// One recorded cost: the iteration (or epoch) and the cost there.
public struct CostPoint: Sendable, Equatable, Codable {
    /// The iteration or epoch, from 0.
    public var step: Int
    /// The cost (may be infinite).
    public var cost: Double

    /// Creates a point.
    public init(step: Int, cost: Double) {
        self.step = step
        self.cost = cost
    }
}
