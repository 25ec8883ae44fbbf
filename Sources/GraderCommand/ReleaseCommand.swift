import ArgumentParser
import Foundation
import Grader

extension GraderCommand {
    /// `grader release OUT`: write the repository students get.
    struct ReleaseCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "release",
            abstract: "Write the student repository: the grader with the public cases only, the stubs, a student README and CI workflow.",
            discussion: """
                Takes Sources/ (without the reference solutions), exercises/, .gitignore and a Package.swift \
                without the reference solutions' and test targets from the course's repository, strips every \
                hidden case from the fixture files, and lays the course's release/ folder over it (the student \
                README and the CI workflow, with {{GRADER_REPOSITORY}} and {{GRADER_REF}} filled in). It then \
                scans OUT for reference code and for every hidden case's id and values, and fails with one line \
                (exit 2, nothing left in OUT) if any is there.
                """)

        @Argument(help: ArgumentHelp("The folder to write the release to (new, or empty).", valueName: "out"))
        var out: String

        @Option(name: .customLong("grader-repository"),
                help: ArgumentHelp("The course's grader repository, which the release's CI calls.", valueName: "owner/name"))
        var graderRepository: String

        @Option(name: .customLong("grader-ref"), help: ArgumentHelp("The grader's tag or branch the course grades with.", valueName: "ref"))
        var graderRef = "main"

        @Option(help: ArgumentHelp("The course's repository (default: the current folder).", valueName: "dir"))
        var source = "."

        func run() throws {
            let summary = try StudentRelease(
                source: URL(fileURLWithPath: source), output: URL(fileURLWithPath: out), graderRepository: graderRepository,
                graderRef: graderRef
            ).write()
            print("Release: \(out) · \(summary.files) files · \(summary.publicCases) public cases kept, "
                + "\(summary.hiddenCases) hidden cases left out · no answer key found in it")
        }
    }
}
