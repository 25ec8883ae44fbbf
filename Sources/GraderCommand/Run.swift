import ArgumentParser
import Experiments
import NotebookData
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
            let options = GradingOptions(
                exercises: selection.names, solution: solution,
                exercisesDirectory: URL(fileURLWithPath: exercisesDirectory),
                extraFixtures: fixtureOptions.directory.map { URL(fileURLWithPath: $0) },
                timeout: timeout, includeHidden: !noHidden, revealHidden: revealHidden,
                sandbox: try sandboxOptions.policy(), compileTimeout: sandboxOptions.compileTimeout)
            try ReportFile.claim([("JUnit report", junit), ("Markdown report", markdown)] + (json.map { [("JSON results", $0)] } ?? [])
                + (gradescope.map { [("Gradescope results", $0)] } ?? []))
            let engine = try GradingEngine(options: options)
            let progress = ProgressLine(total: engine.selectedExercises.count, enabled: !quiet && isatty(STDERR_FILENO) != 0)
            var result = try engine.run(onExercise: progress.advance)
            progress.finish()
            if experiments {
                result.experiments = try ExperimentSession(
                    solution: solution, exercisesDirectory: exercisesDirectory, timeout: max(timeout, 300),
                    markdown: markdown, sandbox: engine.builder.sandbox, compileTimeout: sandboxOptions.compileTimeout
                ).run(Experiment.calling(selection.exercises))
            }
            try JUnitReport().write(result, to: junit)
            try MarkdownReport().write(result, to: markdown)
            if let json { try ExercismResultsReport().write(result, to: json) }
            if let gradescope { try GradescopeReport().write(result, to: gradescope) }
            let usesColor = color.usesColor(isTerminal: isatty(STDOUT_FILENO) != 0, environment: ProcessInfo.processInfo.environment)
            let verbosity: Verbosity = quiet ? .quiet : verbose ? .verbose : .normal
            let width = TerminalSize.columns(of: STDOUT_FILENO)
            print(TerminalReport(verbosity: verbosity, usesColor: usesColor, width: width).render(result), terminator: "")
            if let trained = result.experiments, !quiet {
                print(ExperimentsTerminal.render(trained, usesColor: usesColor), terminator: "")
            }
            if !quiet { print("Reports: " + ([junit, markdown] + [json, gradescope].compactMap { $0 }).joined(separator: ", ")) }
            if !result.allPassed { throw ExitCode(1) }
        }
    }
}

/// A one-line "graded 3 of 10 exercises (adam)" counter on standard error, for a person at a terminal
/// waiting through the first compilation of every worker.
struct ProgressLine: Sendable {
    /// How many exercises the run grades.
    var total: Int
    /// Whether to draw at all (a terminal, not `--quiet`).
    var enabled: Bool
    private let counter = Counter()

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    /// Notes one more graded exercise.
    func advance(_ exercise: ExerciseResult) {
        guard enabled else { return }
        let done = counter.increment()
        FileHandle.standardError.write(Data("\r\u{1B}[Kgraded \(done) of \(total) exercises (\(exercise.name))".utf8))
    }

    /// Clears the line before the report is printed.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func increment() -> Int {
            lock.withLock {
                value += 1
                return value
            }
        }
    }
}
