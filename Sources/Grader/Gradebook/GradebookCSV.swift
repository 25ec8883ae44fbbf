/// The gradebook as one CSV file (`grader gradebook --csv`): a row per submission and per roster student
/// without one, with the columns `student_id`, `name`, `email`, `submission`, `score`, `max_score`,
/// `status` (`graded`, `missing`, `infrastructure_error`), then the points of each exercise. A missing
/// student scores 0; a submission the grader could not grade has no score.
public enum GradebookCSV {
    /// The file's text.
    public static func render(_ gradebook: Gradebook) -> String {
        var rows = [["student_id", "name", "email", "submission", "score", "max_score", "status"] + gradebook.exercises]
        for row in gradebook.rows {
            let exercises = Dictionary(uniqueKeysWithValues: (row.record?.run?.exercises ?? []).map { ($0.name, $0) })
            rows.append([
                row.student.studentID, row.student.name, row.student.email, row.submission ?? "",
                row.points.map(ReportNumbers.points) ?? "", ReportNumbers.points(gradebook.maxPoints), row.status.rawValue,
            ] + gradebook.exercises.map { name in
                exercises[name].map { ReportNumbers.points($0.points) } ?? (row.status == .missing ? "0" : "")
            })
        }
        return CSVTable.render(rows)
    }
}
