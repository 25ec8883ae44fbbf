import Assignments
import NumericCore
import WorkerProtocol

/// What an experiment worker returns for one training, as it crosses the exchange format: the trained
/// parameters and the recorded costs.
///
/// The worker sends nothing else: the grader computes the accuracies itself from the parameters, since
/// nothing a process running student code says about them could be trusted.
public struct TrainingOutputs: Sendable, Equatable {
    /// The parameters after the last iteration (`W1`…`b3` for the notebooks' models).
    public var parameters: Parameters
    /// The costs the notebook records for its plot (every 1000 iterations, or every 100 epochs).
    public var costs: [CostPoint]

    /// Creates the outputs of a training.
    public init(parameters: Parameters, costs: [CostPoint]) {
        self.parameters = parameters
        self.costs = costs
    }

    /// The work item's outputs: `parameters`, a dictionary of matrices, and `costs`, a `2 × k` matrix
    /// with the steps in row 0 and the costs in row 1.
    public var values: [String: Value] {
        let costMatrix = Matrix(rows: 2, columns: costs.count, data: costs.map { Double($0.step) } + costs.map(\.cost))
        return [Key.parameters.rawValue: .dict(parameters.mapValues { .matrix($0) }), Key.costs.rawValue: .matrix(costMatrix)]
    }

    /// Reads a work item's outputs back.
    ///
    /// - Returns: nil unless `values` holds exactly `parameters`, a dictionary of matrices, and `costs`, a
    ///   matrix of two rows whose first holds whole steps.
    public init?(values: [String: Value]) {
        guard values.count == 2, case .dict(let entries)? = values[Key.parameters.rawValue],
              case .matrix(let costMatrix)? = values[Key.costs.rawValue], costMatrix.rows == 2 else { return nil }
        var parameters: Parameters = [:]
        for (name, value) in entries {
            guard case .matrix(let matrix) = value else { return nil }
            parameters[name] = matrix
        }
        var costs: [CostPoint] = []
        for column in 0..<costMatrix.columns {
            guard let step = Int(exactly: costMatrix[0, column]) else { return nil }
            costs.append(CostPoint(step: step, cost: costMatrix[1, column]))
        }
        self.init(parameters: parameters, costs: costs)
    }

    /// The outputs' names in the exchange format.
    private enum Key: String {
        case parameters, costs
    }
}
