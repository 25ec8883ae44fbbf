import Experiments
import NotebookData

/// The Markdown report's section on the notebooks' experiments.
///
/// A table with one row per experiment (the run's accuracies beside the notebook's, and the outcome),
/// then per experiment: the one-line verdict, the differences, the costs at the notebook's printed
/// checkpoints beside the notebook's, and links to the plots written beside the report.
extension MarkdownReport {
    /// The whole section.
    func experimentsSection(_ experiments: [ExperimentResult]) -> String {
        var lines = [
            "## Notebook experiments",
            "",
            "The notebooks' models trained with your functions. An experiment matches when each accuracy is "
                + "within one example of the notebook's and the costs at the notebook's printed checkpoints agree.",
            "",
            "| Experiment | Notebook | Train accuracy (run / notebook) | Test accuracy (run / notebook) | Result | Time |",
            "| --- | --- | --- | --- | --- | ---: |",
        ]
        for result in experiments {
            let notebook = result.notebookResult
            let test = notebook.testAccuracy.map { "\(accuracy(result.training?.testAccuracy)) / \(ReportNumbers.accuracyPercent($0))" } ?? "–"
            let cells = [
                "\(MarkdownText.cell(result.title)) (\(MarkdownText.code(result.name, inTable: true)))",
                MarkdownText.cell(result.notebook),
                "\(accuracy(result.training?.trainAccuracy)) / \(ReportNumbers.accuracyPercent(notebook.trainAccuracy))",
                test, outcome(result.status), ReportNumbers.duration(result.verdict.duration),
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return ([lines.joined(separator: "\n")] + experiments.map(experimentDetail)).joined(separator: "\n\n")
    }

    private func experimentDetail(_ result: ExperimentResult) -> String {
        let mark = result.status == .passed ? "✓" : "✗"
        var parts = [
            "### \(mark) \(MarkdownText.inline(result.title)) (\(MarkdownText.code(result.name)))",
            MarkdownText.inline(result.verdict.message),
        ]
        if !result.verdict.details.isEmpty {
            parts.append(MarkdownText.codeBlock(result.verdict.details))
        }
        let printed = result.printedCosts
        if !printed.isEmpty {
            let unit = result.dataset == "moons" ? "Epoch" : "Iteration"
            let notebookCosts = Dictionary(result.notebookResult.costs.map { ($0.step, $0.cost) }, uniquingKeysWith: { a, _ in a })
            var table = ["| \(unit) | Cost (this run) | Cost (notebook) |", "| ---: | ---: | ---: |"]
            for point in printed {
                let notebook = notebookCosts[point.step].map(ReportNumbers.cost) ?? "–"
                table.append("| \(point.step) | \(ReportNumbers.cost(point.cost)) | \(notebook) |")
            }
            if !result.notebookResult.costsCompared {
                table.append("")
                table.append("The notebooks' own runs disagree on these costs; only the accuracies are compared.")
            }
            parts.append(table.joined(separator: "\n"))
        }
        let plots = ExperimentPlotWriter.plots(of: result)
        if !plots.isEmpty {
            parts.append(plots.map { "![\(MarkdownText.inline($0.caption))](\($0.path))" }.joined(separator: " "))
        }
        return parts.joined(separator: "\n\n")
    }

    private func accuracy(_ value: Double?) -> String {
        value.map(ReportNumbers.accuracyPercent) ?? "–"
    }

    private func outcome(_ status: CaseStatus) -> String {
        switch status {
        case .passed: "✓ matches"
        case .failed: "✗ off the notebook"
        case .error, .timedOut, .skipped: "✗ did not train"
        }
    }
}
