/// The notebooks' experiments as a person at a terminal reads them: one line per experiment with the
/// run's accuracies beside the notebook's, and the verdict's reason under a failure.
public enum ExperimentsTerminal {
    /// The lines to print, ending with a newline.
    public static func render(_ experiments: [ExperimentResult]) -> String {
        var lines = ["Notebook experiments"]
        let width = experiments.map(\.name.count).max() ?? 0
        for result in experiments {
            let mark = result.status == .passed ? "✓" : "✗"
            let name = result.name.padding(toLength: width, withPad: " ", startingAt: 0)
            var line = "  \(mark) \(name)  "
            if let train = result.trainAccuracy {
                line += "train \(ReportNumbers.accuracy(train)) (notebook \(ReportNumbers.accuracy(result.notebookResult.trainAccuracy)))"
                if let test = result.testAccuracy, let notebookTest = result.notebookResult.testAccuracy {
                    line += "  test \(ReportNumbers.accuracy(test)) (notebook \(ReportNumbers.accuracy(notebookTest)))"
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
