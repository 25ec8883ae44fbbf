import ArgumentParser
import Foundation
import Grader

/// The `grader` command: grades the course's exercises and writes the reports.
///
/// Exit codes: 0 every case passed, 1 a case failed or errored, 2 the grader itself could not work
/// (bad arguments, a malformed fixture, an unwritable report), always with one line saying why.
@main
struct GraderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grader",
        abstract: "Grade the Improving Deep Neural Networks exercises, notebook style.",
        subcommands: [Run.self, ExperimentsCommand.self, List.self, Show.self, BatchCommand.self, GradebookCommand.self, ReleaseCommand.self],
        defaultSubcommand: Run.self
    )

    /// Parses the command line and runs it. A `UserFacingError` prints its one line and exits with its
    /// status; a usage error prints the argument parser's one-line message and exits 2; a command's own
    /// exit code (1: some case did not pass), `--help` and `--version` go to the argument parser.
    static func main() {
        PackageRoot.enterIfBelow()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as UserFacingError {
            stop(saying: error.userMessage, status: error.exitStatus)
        } catch where error is ExitCode || exitCode(for: error) == .success {
            Self.exit(withError: error)
        } catch {
            stop(saying: message(for: error), status: 2)
        }
    }

    /// Prints `grader: <line>` on standard error and exits with `status`.
    private static func stop(saying line: String, status: Int32) -> Never {
        FileHandle.standardError.write(Data("grader: \(line)\n".utf8))
        Self.exit(withError: ExitCode(status))
    }
}
