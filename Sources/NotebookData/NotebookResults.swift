import Experiments
import Fixtures

/// What a notebook reports for one training, as the oracle's numpy run reproduces it.
public struct NotebookResult: Sendable, Equatable, Codable {
    /// The experiment's name, e.g. `opt-adam`.
    public var name: String
    /// The accuracy on the training set.
    public var trainAccuracy: Double
    /// The accuracy on the test set, when the notebook has one.
    public var testAccuracy: Double?
    /// The notebook prints the cost at the iterations (or epochs) divisible by this.
    public var printedEvery: Int
    /// False when the notebooks' runs themselves disagree on the costs (the random ×10 initialization).
    public var costsCompared: Bool
    /// The costs the notebook records for its plot: (iteration or epoch, cost), 12 significant digits.
    public var costs: [CostPoint]
}

/// The notebooks' results for every experiment and the margins a graded experiment allows,
/// from `Resources/notebook-results.json` (written by `tools/oracle/experiments/generate.py`).
public struct NotebookResults: Sendable {
    /// Each accuracy may differ from the notebook's by at most this many examples.
    public var accuracyMarginExamples: Int
    /// The costs at the printed checkpoints may differ from the notebook's by this relative tolerance.
    public var costRelativeTolerance: Double
    /// The results, by experiment name.
    public var results: [String: NotebookResult]

    /// Loads the shipped file.
    ///
    /// - Throws: `ExperimentDataError` when the file is missing or malformed.
    public static func load() throws -> NotebookResults {
        let json = try ExperimentResources.json("notebook-results.json")
        guard case .number(let marginText)? = json["accuracy_margin_examples"], let margin = Int(marginText),
              let rtol = json["cost_rtol"].flatMap(ExperimentResources.double),
              case .array(let entries)? = json["experiments"] else {
            throw ExperimentDataError("notebook-results.json: expected accuracy_margin_examples, cost_rtol, experiments")
        }
        var results: [String: NotebookResult] = [:]
        for entry in entries {
            let result = try decode(entry)
            results[result.name] = result
        }
        return NotebookResults(accuracyMarginExamples: margin, costRelativeTolerance: rtol, results: results)
    }

    private static func decode(_ entry: JSONValue) throws -> NotebookResult {
        guard case .string(let name)? = entry["name"],
              let train = entry["train_accuracy"].flatMap(ExperimentResources.double),
              case .number(let everyText)? = entry["printed_every"], let every = Int(everyText),
              case .bool(let compared)? = entry["costs_compared"],
              case .array(let points)? = entry["costs"] else {
            throw ExperimentDataError("notebook-results.json: an experiment lacks name, accuracies or costs")
        }
        var costs: [CostPoint] = []
        for point in points {
            guard case .array(let pair) = point, pair.count == 2, case .number(let stepText) = pair[0],
                  let step = Int(stepText), let cost = ExperimentResources.double(pair[1]) else {
                throw ExperimentDataError("notebook-results.json: \(name) has a malformed cost")
            }
            costs.append(CostPoint(step: step, cost: cost))
        }
        return NotebookResult(
            name: name, trainAccuracy: train, testAccuracy: entry["test_accuracy"].flatMap(ExperimentResources.double),
            printedEvery: every, costsCompared: compared, costs: costs)
    }
}
