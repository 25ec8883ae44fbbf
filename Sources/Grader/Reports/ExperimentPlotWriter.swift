import Experiments
import NotebookData
import Foundation
import NumericCore

/// Writes each experiment's plots as SVG files beside the Markdown report and records their paths.
///
/// For `reports/report.md` the files are `reports/experiments/<name>-cost.svg` (the cost curve, the
/// notebook's dashed beside the run's) and `reports/experiments/<name>-boundary.svg` (the decision
/// boundary over the training points); the recorded paths are relative to the report's folder.
public enum ExperimentPlotWriter {
    /// Writes the plots of every experiment that trained.
    ///
    /// - Parameters:
    ///   - experiments: the results; those that did not train get no plot.
    ///   - markdownPath: the Markdown report's path.
    /// - Returns: the results with `plots` filled in.
    /// - Throws: `ReportWriteError` when a plot cannot be written; `ExperimentDataError` when a shipped
    ///   dataset is unreadable.
    public static func write(_ experiments: [ExperimentResult], besideReport markdownPath: String) throws -> [ExperimentResult] {
        let folder = URL(fileURLWithPath: markdownPath).deletingLastPathComponent()
        var written: [ExperimentResult] = []
        for var result in experiments {
            guard !result.costs.isEmpty, result.parameters.count == 6 else {
                written.append(result)
                continue
            }
            let dataset = try Dataset.load(named: result.dataset)
            let parameters = result.parameters.mapValues(\.matrix)
            let unit = result.dataset == "moons" ? "epochs" : "iterations"
            let cost = "\(result.title): cost", boundary = "\(result.title): decision boundary"
            let files = [
                ("\(result.name)-cost.svg", cost,
                 Plots.costCurve(title: cost, stepName: unit, run: result.costs, notebook: result.notebookResult.costs)),
                ("\(result.name)-boundary.svg", boundary,
                 Plots.decisionBoundary(title: boundary, parameters: parameters, X: dataset.trainX, Y: dataset.trainY)),
            ]
            result.plots = []
            for (name, caption, svg) in files {
                let relative = "experiments/\(name)"
                try ReportFile.replace(folder.appendingPathComponent(relative).path, with: Data(svg.utf8), report: "plot")
                result.plots.append(ExperimentPlot(path: relative, caption: caption))
            }
            written.append(result)
        }
        return written
    }
}
