import ArgumentParser
import Foundation
import Grader

extension MoodleImport.Identifier: ExpressibleByArgument {}

extension GraderCommand {
    /// `grader gradebook DIR...`: turn batch folders into gradebooks and a class report.
    struct GradebookCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "gradebook",
            abstract: "Merge batch folders (the shards of a class) into a CSV gradebook, Canvas and Moodle imports and a class report.",
            discussion: """
                Each DIR is a folder written by `grader batch --out`. Roster students without a submission are \
                listed as missing (0 points); submissions the grader could not grade have no score. With no \
                output option, prints the class's summary only. Exit status: 0, or 2 when a folder or an \
                export cannot be read or an output cannot be written.
                """)

        @Argument(help: ArgumentHelp("Batch folders to merge.", valueName: "dir"))
        var folders: [String]

        @Option(help: ArgumentHelp("Write the gradebook as CSV: student_id, name, email, submission, score, max_score, status, then each exercise.", valueName: "path"))
        var csv: String?

        @Option(help: ArgumentHelp("The course's gradebook exported from Canvas, to fill for import.", valueName: "export.csv"))
        var canvas: String?

        @Option(name: .customLong("canvas-column"), help: ArgumentHelp("The Canvas assignment column to fill, as the export names it.", valueName: "NAME (ID)"))
        var canvasColumn: String?

        @Option(name: .customLong("canvas-out"), help: ArgumentHelp("Where to write the Canvas import file.", valueName: "path"))
        var canvasOut: String?

        @Option(help: ArgumentHelp("Write a Moodle grade import (identifier, grade, feedback) here.", valueName: "path"))
        var moodle: String?

        @Option(name: .customLong("moodle-id"), help: ArgumentHelp("How Moodle identifies students in the import.", valueName: "email|idnumber"))
        var moodleID: MoodleImport.Identifier = .email

        @Option(help: ArgumentHelp("Write the class report here (its SVG histogram goes beside it).", valueName: "path"))
        var markdown: String?

        func validate() throws {
            guard !folders.isEmpty else { throw ValidationError("name at least one batch folder") }
            let canvasParts = [canvas, canvasColumn, canvasOut].compactMap { $0 }
            guard canvasParts.isEmpty || canvasParts.count == 3 else {
                throw ValidationError("--canvas, --canvas-column and --canvas-out go together")
            }
        }

        func run() throws {
            let gradebook = try Gradebook.merge(folders.map { BatchFolder(root: URL(fileURLWithPath: $0)) })
            let outputs = GradebookOutputs(
                csv: csv, canvas: canvas.map { GradebookOutputs.Canvas(export: $0, column: canvasColumn!, output: canvasOut!) },
                moodle: moodle, moodleIdentifier: moodleID, markdown: markdown)
            for line in try outputs.write(gradebook) { print(line) }
        }
    }
}
