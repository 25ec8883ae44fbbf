import ArgumentParser
import Foundation
import Grader
#if canImport(Glibc)
import Glibc
#endif

extension GraderCommand {
    /// `grader run`: grade, print notebook-style feedback, write the reports.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Grade the exercises, print the feedback and write the reports.",
            discussion: """
                Exit status: 0 when every case passed, 1 when a case failed or errored, 2 when the grader \
                itself could not work (bad arguments, a malformed fixture, an unwritable report path).
                """)

        @OptionGroup var selection: ExerciseSelection

        @Option(help: ArgumentHelp("Grade the student's files or the reference solution.", valueName: "student|reference"))
        var solution: Solution = .student

        @Option(name: .customLong("exercises-dir"),
                help: ArgumentHelp("The folder holding <exercise>/*.swift (e.g. a submission's copy).", valueName: "dir"))
        var exercisesDirectory = "exercises"

        @OptionGroup var fixtureOptions: FixtureOptions

        @OptionGroup var sandboxOptions: SandboxOptions

        @Option(help: ArgumentHelp("Where to write the JUnit XML report.", valueName: "path"))
        var junit = JUnitReport.defaultPath

        @Option(help: ArgumentHelp("Where to write the Markdown report.", valueName: "path"))
        var markdown = MarkdownReport.defaultPath

        @Option(help: ArgumentHelp("Also write results JSON (Exercism test-runner version 3) here.", valueName: "path"))
        var json: String?

        @Option(help: ArgumentHelp("Also write Gradescope's results.json here (hidden cases visible after publishing).", valueName: "path"))
        var gradescope: String?

        @Option(help: ArgumentHelp("Seconds one case may run before it is stopped.", valueName: "seconds"))
        var timeout: Double = 10

        @Flag(name: .customLong("no-hidden"), help: "Do not run hidden cases (they are reported as skipped).")
        var noHidden = false

        @Flag(name: .customLong("reveal-hidden"), help: "Show hidden cases' inputs and expected values (instructors).")
        var revealHidden = false

        @Option(help: ArgumentHelp("Colour the terminal output.", valueName: "auto|always|never"))
        var color: ColorMode = .auto

        @Flag(help: "Also train the notebooks' experiments with the student's functions (a testsuite of its own); with --exercise, those that call the chosen exercises.")
        var experiments = false

        @Flag(help: "Print only each exercise's score and the total.")
        var quiet = false

        @Flag(help: "Print every case, with details, hints and what the code printed.")
        var verbose = false

        func validate() throws {
            guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout must be a positive number of seconds") }
            guard !(quiet && verbose) else { throw ValidationError("--quiet and --verbose cannot be used together") }
            guard !(noHidden && revealHidden) else { throw ValidationError("--no-hidden and --reveal-hidden cannot be used together") }
            var isFolder: ObjCBool = false
            if solution == .student,
               !(FileManager.default.fileExists(atPath: exercisesDirectory, isDirectory: &isFolder) && isFolder.boolValue) {
                throw ValidationError("--exercises-dir \(exercisesDirectory): no such folder")
            }
        }

        func run() throws {
            let session = GradingSession(
                options: GradingOptions(
                    exercises: selection.names, solution: solution, exercisesDirectory: URL(fileURLWithPath: exercisesDirectory),
                    extraFixtures: fixtureOptions.url, timeout: timeout, includeHidden: !noHidden, revealHidden: revealHidden,
                    sandbox: try sandboxOptions.policy(), compileTimeout: sandboxOptions.compileTimeout),
                trainsExperiments: experiments, reports: reports)
            let grading = ProgressLine(total: session.options.selectedExercises.count, enabled: !quiet && isatty(STDERR_FILENO) != 0)
            let training = ExperimentProgress(names: session.experiments.map(\.name), enabled: isatty(STDERR_FILENO) != 0)
            let result = try session.run(onExercise: grading.advance, onTraining: training.update)
            grading.finish()
            training.finish()
            let usesColor = color.usesColor(isTerminal: isatty(STDOUT_FILENO) != 0, environment: ProcessInfo.processInfo.environment)
            let verbosity: Verbosity = quiet ? .quiet : verbose ? .verbose : .normal
            print(TerminalReport(verbosity: verbosity, usesColor: usesColor, width: TerminalSize.columns(of: STDOUT_FILENO))
                .render(result), terminator: "")
            if !quiet { print("Reports: " + session.reports.map(\.path).joined(separator: ", ")) }
            if !result.allPassed { throw ExitCode.failure }
        }

        /// The report files asked for, in the order the last line lists them.
        private var reports: [any ReportWriter] {
            [JUnitReport(path: junit), MarkdownReport(path: markdown)] + (json.map { [ExercismResultsReport(path: $0)] } ?? [])
                + (gradescope.map { [GradescopeReport(path: $0)] } ?? [])
        }
    }
}
