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

    /// Parses the command line and runs it, mapping every grader or usage failure to exit status 2.
    static func main() {
        PackageRoot.enterIfBelow()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Self.exit(withError: exit)
        } catch let failure as GraderFailure {
            FileHandle.standardError.write(Data("grader: \(failure)\n".utf8))
            Self.exit(withError: ExitCode(2))
        } catch {
            if exitCode(for: error) == .success {
                Self.exit(withError: error)
            }
            var message = fullMessage(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
            FileHandle.standardError.write(Data("grader: \(message)\n".utf8))
            Self.exit(withError: ExitCode(2))
        }
    }
}
