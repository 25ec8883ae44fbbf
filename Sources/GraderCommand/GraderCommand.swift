import ArgumentParser

/// The `grader` command: grades the course's exercises and writes the reports.
@main
struct GraderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grader",
        abstract: "Grade the Improving Deep Neural Networks exercises, notebook style."
    )
}
