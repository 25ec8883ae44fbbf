import ArgumentParser
import Foundation
import Grader
#if canImport(Glibc)
import Glibc
#endif

extension GraderCommand {
    /// `grader batch SUBMISSIONS --out DIR`: grade a class.
    struct BatchCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "batch",
            abstract: "Grade every submission of a folder (a class), in the sandbox, with per-submission reports.",
            discussion: """
                A submission is a folder of SUBMISSIONS that holds exercises/ (a checkout of a student's \
                repository). Reports and a record per submission go to DIR/submissions/<folder>/; a submission \
                already graded with the same grader, fixtures, options and files is skipped, so a rerun grades \
                only what changed. A submission that does not compile, crashes or loops is graded like any \
                other; when the grader itself fails on one (the sandbox cannot start, the disk is full), it is \
                tried once more, then recorded as an infrastructure error and not scored. Exit status: 0 when \
                every submission of the shard is graded, 1 when some are left with an infrastructure error, 2 \
                when the batch cannot run at all (bad options, an unreadable folder, --sandbox required where \
                bubblewrap cannot start). `grader gradebook DIR` turns the folder into gradebooks.
                """)

        @Argument(help: ArgumentHelp("The folder whose sub-folders are the submissions.", valueName: "submissions"))
        var submissions: String

        @Option(help: ArgumentHelp("The batch folder to write (reports, records, the roster).", valueName: "dir"))
        var out: String

        @Option(help: ArgumentHelp("How many submissions to grade at once.", valueName: "n"))
        var jobs = 1

        @Option(help: ArgumentHelp("Grade only the I-th of N disjoint, stable parts of the class (1 ≤ I ≤ N).", valueName: "I/N"))
        var shard: String?

        @Option(help: ArgumentHelp("A CSV roster with the columns folder, student_id, name, email.", valueName: "file"))
        var roster: String?

        @OptionGroup var selection: ExerciseSelection

        @OptionGroup var fixtureOptions: FixtureOptions

        @OptionGroup var sandboxOptions: SandboxOptions

        @Option(help: ArgumentHelp("Seconds one case may run before it is stopped.", valueName: "seconds"))
        var timeout: Double = 10

        func validate() throws {
            guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
            guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout must be a positive number of seconds") }
        }

        func run() throws {
            let options = BatchOptions(
                submissionsFolder: URL(fileURLWithPath: submissions), output: BatchFolder(root: URL(fileURLWithPath: out)),
                jobs: jobs, shard: try shard.map(Shard.init(parsing:)) ?? .whole,
                roster: try roster.map { try Roster.load(URL(fileURLWithPath: $0)) },
                grading: GradingOptions(
                    exercises: selection.names, extraFixtures: fixtureOptions.url, timeout: timeout,
                    sandbox: try sandboxOptions.policy(), compileTimeout: sandboxOptions.compileTimeout))
            _ = try Sandbox.prepare(options.grading.sandbox)  // a sandbox that cannot start at all stops the batch (exit 2)
            let progress = BatchProgress(enabled: isatty(STDERR_FILENO) != 0)
            let summary = try BatchGrader(options: options, graderBuild: try GradeKey.runningGrader()).run(onEvent: progress.note)
            progress.finish()
            print(BatchProgress.summary(summary, shard: options.shard), terminator: "")
            if !summary.complete { throw ExitCode(1) }
        }
    }
}
