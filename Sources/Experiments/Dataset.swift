import NumericCore

/// One of the notebooks' datasets: one example per column of `X`, 0/1 labels in the `1 × m` row `Y`.
///
/// The grader loads the shipped ones (`NotebookData`'s `Resources/datasets`, written by the oracle with
/// scikit-learn and numpy's seeds) and hands them to an experiment worker as a work item's inputs.
public struct Dataset: Sendable, Equatable {
    /// The dataset's name: `circles`, `football` or `moons`.
    public var name: String
    /// The training inputs, shape `(2, m)`.
    public var trainX: Matrix
    /// The training labels, shape `(1, m)`.
    public var trainY: Matrix
    /// The test set, when the notebook has one (moons has none).
    public var test: (X: Matrix, Y: Matrix)?

    /// Creates a dataset.
    public init(name: String, trainX: Matrix, trainY: Matrix, test: (X: Matrix, Y: Matrix)?) {
        self.name = name
        self.trainX = trainX
        self.trainY = trainY
        self.test = test
    }

    /// Equal names and equal arrays.
    public static func == (lhs: Dataset, rhs: Dataset) -> Bool {
        lhs.name == rhs.name && lhs.trainX == rhs.trainX && lhs.trainY == rhs.trainY
            && lhs.test?.X == rhs.test?.X && lhs.test?.Y == rhs.test?.Y
    }
}
