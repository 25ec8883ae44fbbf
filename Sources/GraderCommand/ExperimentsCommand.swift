import ArgumentParser
import Experiments
import Foundation
import Grader
#if canImport(Glibc)
import Glibc
#endif

extension GraderCommand {
    /// `grader experiments`: train the notebooks' models with the student's functions and compare
    /// with the notebooks' results.
    struct ExperimentsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "experiments",
            abstract: "Train the notebooks' models with your functions and compare with the notebooks' results.",
            discussion: """
                Names are experiments (\(Experiment.all.map(\.name).joined(separator: ", "))) or whole \
                notebooks (initialization, regularization, optimization); none means all. Writes a Markdown \
                report with SVG plots beside it. Exit status: 0 when every experiment matches its notebook, 1 \
                otherwise, 2 when the grader itself could not work.
                """)

        @Argument(help: ArgumentHelp("Experiments or notebooks to run (default: all).", valueName: "name"))
        var names: [String] = []

        @Option(help: ArgumentHelp("Train with the student's files or the reference solution.", valueName: "student|reference"))
        var solution: Solution = .student

        @Option(name: .customLong("exercises-dir"),
                help: ArgumentHelp("The folder holding <exercise>/*.swift.", valueName: "dir"))
        var exercisesDirectory = "exercises"

        @Option(help: ArgumentHelp("Where to write the Markdown report (plots go beside it).", valueName: "path"))
        var markdown = "reports/experiments.md"

        @Option(help: ArgumentHelp("Seconds one training may run before it is stopped.", valueName: "seconds"))
        var timeout: Double = 300

        @Option(help: ArgumentHelp("Also write every experiment's result as JSON here (accuracies, costs, seconds).", valueName: "path"))
        var json: String?

        @OptionGroup var sandboxOptions: SandboxOptions

        @Option(help: ArgumentHelp("Colour the terminal output.", valueName: "auto|always|never"))
        var color: ColorMode = .auto

        func validate() throws {
            guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout must be a positive number of seconds") }
            if case .failure(let unknown) = Experiment.select(names) {
                let suggestions = NameSuggestions.experiments(closeTo: unknown.name)
                let hint = suggestions.isEmpty ? "" : "; did you mean \(suggestions.joined(separator: " or "))?"
                throw ValidationError(unknown.description + hint)
            }
        }

        func run() throws {
            let session = ExperimentSession(
                experiments: try Experiment.select(names).get(), solution: solution,
                exercisesDirectory: URL(fileURLWithPath: exercisesDirectory), timeout: timeout, sandbox: try sandboxOptions.policy(),
                compileTimeout: sandboxOptions.compileTimeout,
                reports: [MarkdownReport(path: markdown, environment: [:])] + (json.map { [ExperimentResultsJSON(path: $0)] } ?? []))
            let training = ExperimentProgress(names: session.experiments.map(\.name), enabled: isatty(STDERR_FILENO) != 0)
            let result = try session.run(onTraining: training.update)
            training.finish()
            let usesColor = color.usesColor(isTerminal: isatty(STDOUT_FILENO) != 0, environment: ProcessInfo.processInfo.environment)
            print(TerminalReport(usesColor: usesColor).render(result), terminator: "")
            print("Report: \(markdown)")
            if !result.allPassed { throw ExitCode.failure }
        }
    }
}
