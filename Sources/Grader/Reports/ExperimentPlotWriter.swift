import Experiments
import NotebookData
import Foundation
import NumericCore

/// The plots of the experiments that trained, drawn as SVG files beside the Markdown report that links them.
///
/// For `reports/report.md` the files are `reports/experiments/<name>-cost.svg` (the cost curve, the
/// notebook's dashed beside the run's) and `reports/experiments/<name>-boundary.svg` (the decision
/// boundary over the training points); the paths the report links are relative to its folder.
enum ExperimentPlotWriter {
    /// The plots of an experiment: none unless it trained (recorded costs and a whole network).
    static func plots(of result: ExperimentResult) -> [ExperimentPlot] {
        guard let training = result.training, !training.costs.isEmpty, training.parameters.count == 6 else { return [] }
        return [
            ExperimentPlot(path: "experiments/\(result.name)-cost.svg", caption: "\(result.title): cost"),
            ExperimentPlot(path: "experiments/\(result.name)-boundary.svg", caption: "\(result.title): decision boundary"),
        ]
    }

    /// Writes the plots of every experiment that trained.
    ///
    /// - Parameters:
    ///   - experiments: the results; those that did not train get no plot.
    ///   - markdownPath: the Markdown report's path.
    /// - Throws: `ReportWriteError` when a plot cannot be written; `ExperimentDataError` when a shipped
    ///   dataset is unreadable.
    static func write(_ experiments: [ExperimentResult], besideReport markdownPath: String) throws {
        let folder = URL(fileURLWithPath: markdownPath).deletingLastPathComponent()
        for result in experiments {
            let plots = plots(of: result)
            guard plots.count == 2, let training = result.training else { continue }
            let dataset = try Dataset.load(named: result.dataset)
            let parameters = training.parameters.mapValues(\.matrix)
            let unit = result.dataset == "moons" ? "epochs" : "iterations"
            let svgs = [
                Plots.costCurve(title: plots[0].caption, stepName: unit, run: training.costs, notebook: result.notebookResult.costs),
                Plots.decisionBoundary(title: plots[1].caption, parameters: parameters, X: dataset.trainX, Y: dataset.trainY),
            ]
            for (plot, svg) in zip(plots, svgs) {
                try ReportFile.replace(folder.appendingPathComponent(plot.path).path, with: Data(svg.utf8), report: "plot")
            }
        }
    }
}
