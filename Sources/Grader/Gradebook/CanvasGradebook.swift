import Foundation

/// A Canvas gradebook import (`grader gradebook --canvas EXPORT.csv --canvas-column NAME --canvas-out PATH`):
/// the course's exported gradebook with its identification columns kept (`Student`, `ID`, `SIS User ID`,
/// `SIS Login ID`, `Integration ID`, `Section`, whichever it has), the named assignment column filled, and
/// every other column dropped, so that the import changes that one assignment only.
///
/// A student is matched by `SIS User ID`, else `SIS Login ID`, else `ID`, against the roster's
/// `student_id`, then `SIS Login ID` against the roster's `email`. When the export has a `Points Possible`
/// row with the assignment's points, scores are scaled to them (2 decimals); else they are the grader's
/// points. A missing student gets 0; a student whose submission could not be graded, or whom the gradebook
/// does not know, keeps an empty cell, which Canvas leaves unchanged.
public enum CanvasGradebook {
    /// The columns Canvas needs to identify a student.
    static let identityColumns = ["Student", "ID", "SIS User ID", "SIS Login ID", "Integration ID", "Section"]

    /// What filling an export gave.
    public struct Filled: Sendable {
        /// The import file's text.
        public var text: String
        /// How many students of the export got a score.
        public var scored: Int
        /// The gradebook's students the export does not list (by student id).
        public var notInExport: [String]
    }

    /// Fills `column` of the export's text with the gradebook's scores.
    ///
    /// - Throws: `GraderFailure` when the export has no `Student` column or no column named `column`
    ///   (the line lists the assignment columns it has).
    public static func fill(export: String, column: String, gradebook: Gradebook) throws -> Filled {
        let table = CSVTable.parse(export)
        guard let header = table.first, header.contains("Student") else {
            throw GraderFailure("the Canvas export has no Student column: export the gradebook from Canvas (Grades → Export)")
        }
        guard let target = header.firstIndex(of: column) else {
            let assignments = header.filter { !identityColumns.contains($0) }.prefix(12).joined(separator: "; ")
            throw GraderFailure("the Canvas export has no column \"\(column)\"; its columns include: \(assignments)")
        }
        let kept = header.indices.filter { identityColumns.contains(header[$0]) } + [target]
        let byID = Dictionary(gradebook.rows.map { ($0.student.studentID, $0) }, uniquingKeysWith: { first, _ in first })
        let byEmail = Dictionary(
            gradebook.rows.filter { !$0.student.email.isEmpty }.map { ($0.student.email.lowercased(), $0) },
            uniquingKeysWith: { first, _ in first })
        func cell(_ row: [String], _ name: String) -> String {
            header.firstIndex(of: name).flatMap { $0 < row.count ? row[$0].trimmingCharacters(in: .whitespaces) : nil } ?? ""
        }
        var output = [kept.map { header[$0] }]
        var scale: Double?
        var matched: Set<String> = []
        var scored = 0
        for row in table.dropFirst() {
            var values = kept.map { $0 < row.count ? row[$0] : "" }
            let name = cell(row, "Student")
            if name.hasPrefix("Points Possible") || name.isEmpty {
                if name.hasPrefix("Points Possible"), let possible = Double(cell(row, column)), possible > 0, gradebook.maxPoints > 0 {
                    scale = possible / gradebook.maxPoints
                }
                output.append(values)
                continue
            }
            let student = [cell(row, "SIS User ID"), cell(row, "SIS Login ID"), cell(row, "ID")].lazy.compactMap { byID[$0] }.first
                ?? byEmail[cell(row, "SIS Login ID").lowercased()]
            values[values.count - 1] = ""
            if let student {
                matched.insert(student.student.studentID)
                if let points = student.points {
                    values[values.count - 1] = ReportNumbers.points(points * (scale ?? 1))
                    scored += 1
                }
            }
            output.append(values)
        }
        let notInExport = gradebook.rows.map(\.student.studentID).filter { !matched.contains($0) }
        return Filled(text: CSVTable.render(output), scored: scored, notInExport: notInExport)
    }
}
