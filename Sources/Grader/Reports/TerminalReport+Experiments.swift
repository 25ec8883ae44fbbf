/// The terminal report's section on the notebooks' experiments: one line per experiment with the run's
/// accuracies beside the notebook's, and the verdict's reason under one that did not match.
extension TerminalReport {
    /// The section's lines: a heading, a line per experiment, a count of those that match; ✓ green and
    /// ✗ red when colouring.
    func experimentsLines(_ experiments: [ExperimentResult], style: TerminalStyle) -> [String] {
        var lines = [style.bold("Notebook experiments")]
        let width = experiments.map(\.name.count).max() ?? 0
        for result in experiments {
            let mark = result.status == .passed ? style.green("✓") : style.red("✗")
            let name = result.name.padding(toLength: width, withPad: " ", startingAt: 0)
            var line = "  \(mark) \(name)  "
            if let training = result.training {
                line += "train \(ReportNumbers.accuracyPercent(training.trainAccuracy)) "
                    + "(notebook \(ReportNumbers.accuracyPercent(result.notebookResult.trainAccuracy)))"
                if let test = training.testAccuracy, let notebookTest = result.notebookResult.testAccuracy {
                    line += "  test \(ReportNumbers.accuracyPercent(test)) (notebook \(ReportNumbers.accuracyPercent(notebookTest)))"
                }
            } else {
                line += result.title
            }
            lines.append(line)
            if result.status != .passed {
                lines.append("      \(TextSanitizer.line.cleanLine(result.verdict.message))")
            }
        }
        let passed = experiments.filter { $0.status == .passed }.count
        lines.append("\(passed) of \(experiments.count) experiments match the notebooks.")
        return lines
    }
}
