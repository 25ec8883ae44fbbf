/// A Moodle grade import (`grader gradebook --moodle PATH --moodle-id email|idnumber`): a CSV file with the
/// chosen identifier, the grade and its feedback in each row, for Moodle's *Import → CSV file*, where the
/// identifier column maps to the user's e-mail address or ID number, `Grade` to the grade item and
/// `Feedback` to its feedback. Grade and feedback always travel together: Moodle overwrites a grade with
/// nothing when feedback alone is imported.
///
/// A missing student gets 0 with feedback saying so. A submission the grader could not grade, and a
/// student without the chosen identifier, get no row at all, so that Moodle keeps what it has.
public enum MoodleImport {
    /// Which user field identifies a student.
    public enum Identifier: String, Sendable, CaseIterable {
        /// The e-mail address (the roster's `email`).
        case email
        /// Moodle's ID number (the roster's `student_id`).
        case idnumber

        /// The column's header, as Moodle's own exports name the field.
        var header: String { self == .email ? "Email address" : "ID number" }
    }

    /// What the import holds.
    public struct Rendered: Sendable {
        /// The file's text.
        public var text: String
        /// Students left out (not scored, or without the identifier), by student id.
        public var leftOut: [String]
    }

    /// The import file for `gradebook`.
    public static func render(_ gradebook: Gradebook, identifier: Identifier) -> Rendered {
        var rows = [[identifier.header, "Grade", "Feedback"]]
        var leftOut: [String] = []
        for row in gradebook.rows {
            let id = identifier == .email ? row.student.email : row.student.studentID
            guard !id.isEmpty, let points = row.points else {
                leftOut.append(row.student.studentID)
                continue
            }
            rows.append([id, ReportNumbers.points(points), feedback(row, maxPoints: gradebook.maxPoints)])
        }
        return Rendered(text: CSVTable.render(rows), leftOut: leftOut)
    }

    /// One line: the score, then each exercise's, e.g. `109 / 169 points. adam 15 / 15, momentum 0 / 12, …`.
    static func feedback(_ row: GradebookRow, maxPoints: Double) -> String {
        guard let run = row.record?.run else {
            return "No submission was found: \(ReportNumbers.score(0, of: maxPoints)) points."
        }
        let exercises = run.exercises.map { "\($0.name) \(ReportNumbers.score($0.points, of: $0.maxPoints))" }
        return "\(ReportNumbers.score(run.points, of: run.maxPoints)) points. " + exercises.joined(separator: ", ")
    }
}
