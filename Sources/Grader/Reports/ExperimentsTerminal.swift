/// The notebooks' experiments as a person at a terminal reads them: one line per experiment with the
/// run's accuracies beside the notebook's, and the verdict's reason under a failure.
public enum ExperimentsTerminal {
    /// The lines to print, ending with a newline; ✓ green and ✗ red when `usesColor`.
    public static func render(_ experiments: [ExperimentResult], usesColor: Bool = false) -> String {
        let style = TerminalStyle(enabled: usesColor)
        var lines = [style.bold("Notebook experiments")]
        let width = experiments.map(\.name.count).max() ?? 0
        for result in experiments {
            let mark = result.status == .passed ? style.green("✓") : style.red("✗")
            let name = result.name.padding(toLength: width, withPad: " ", startingAt: 0)
            var line = "  \(mark) \(name)  "
            if let train = result.trainAccuracy {
                line += "train \(ReportNumbers.accuracyPercent(train)) (notebook \(ReportNumbers.accuracyPercent(result.notebookResult.trainAccuracy)))"
                if let test = result.testAccuracy, let notebookTest = result.notebookResult.testAccuracy {
                    line += "  test \(ReportNumbers.accuracyPercent(test)) (notebook \(ReportNumbers.accuracyPercent(notebookTest)))"
                }
            } else {
                line += result.title
            }
            lines.append(line)
            if result.status != .passed {
                lines.append("      \(TextSanitizer.line.cleanLine(result.message))")
            }
        }
        let passed = experiments.filter { $0.status == .passed }.count
        lines.append("\(passed) of \(experiments.count) experiments match the notebooks.")
        return lines.joined(separator: "\n") + "\n"
    }
}
