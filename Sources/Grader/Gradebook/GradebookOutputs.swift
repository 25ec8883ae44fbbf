import Foundation

/// The files `grader gradebook` writes from a merged gradebook, each optional.
public struct GradebookOutputs: Sendable {
    /// A Canvas import to make: the course's export, the assignment column to fill, where to write.
    public struct Canvas: Sendable {
        /// The gradebook exported from Canvas.
        public var export: String
        /// The assignment column to fill, as the export names it: `NAME (ID)`.
        public var column: String
        /// Where the import file goes.
        public var output: String

        /// Creates the request.
        public init(export: String, column: String, output: String) {
            self.export = export
            self.column = column
            self.output = output
        }
    }

    /// Where the CSV gradebook goes.
    public var csv: String?
    /// The Canvas import to make.
    public var canvas: Canvas?
    /// Where the Moodle import goes.
    public var moodle: String?
    /// How the Moodle import identifies students.
    public var moodleIdentifier: MoodleImport.Identifier
    /// Where the class report goes (its histogram beside it).
    public var markdown: String?

    /// Creates the set of outputs.
    public init(
        csv: String? = nil, canvas: Canvas? = nil, moodle: String? = nil, moodleIdentifier: MoodleImport.Identifier = .email,
        markdown: String? = nil
    ) {
        self.csv = csv
        self.canvas = canvas
        self.moodle = moodle
        self.moodleIdentifier = moodleIdentifier
        self.markdown = markdown
    }

    /// Writes every output asked for.
    ///
    /// - Returns: lines for the terminal: what each import holds and whom it left out, then the class's summary.
    /// - Throws: `GraderFailure` for an unreadable Canvas export or one without the column;
    ///   `ReportWriteError` for an output that cannot be written or two outputs sharing a path.
    public func write(_ gradebook: Gradebook) throws -> [String] {
        try ReportFile.claim(
            [("CSV gradebook", csv), ("Canvas import", canvas?.output), ("Moodle import", moodle), ("class report", markdown)]
                .compactMap { name, path in path.map { (name, $0) } })
        var lines: [String] = []
        if let csv {
            try ReportFile.replace(csv, with: Data(GradebookCSV.render(gradebook).utf8), report: "CSV gradebook")
        }
        if let canvas {
            guard let export = FileManager.default.contents(atPath: canvas.export) else {
                throw GraderFailure("--canvas \(canvas.export): cannot read the file")
            }
            let filled = try CanvasGradebook.fill(export: String(decoding: export, as: UTF8.self), column: canvas.column, gradebook: gradebook)
            try ReportFile.replace(canvas.output, with: Data(filled.text.utf8), report: "Canvas import")
            lines.append("Canvas: \(filled.scored) scores in \"\(canvas.column)\"" + Self.list(" · not in the export", filled.notInExport))
        }
        if let moodle {
            let rendered = MoodleImport.render(gradebook, identifier: moodleIdentifier)
            try ReportFile.replace(moodle, with: Data(rendered.text.utf8), report: "Moodle import")
            lines.append("Moodle: \(gradebook.rows.count - rendered.leftOut.count) grades"
                + Self.list(" · left out (not scored, or no \(moodleIdentifier.rawValue))", rendered.leftOut))
        }
        if let markdown { try ClassReport(gradebook: gradebook).write(to: markdown) }
        return lines + [ClassReport(gradebook: gradebook).summaryLine]
    }

    /// `label: a, b, c`, at most ten named; empty when there are none.
    private static func list(_ label: String, _ items: [String]) -> String {
        items.isEmpty ? "" : "\(label): \(items.prefix(10).joined(separator: ", "))" + (items.count > 10 ? ", … (\(items.count) in all)" : "")
    }
}
