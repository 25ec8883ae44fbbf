import Foundation

/// One student of the class, as the instructor's roster names them.
public struct RosterEntry: Sendable, Codable, Equatable {
    /// The submission folder that holds the student's work (e.g. their repository's name).
    public var folder: String
    /// The student's id: the LMS's SIS id or Moodle's ID number.
    public var studentID: String
    /// The student's name (may be empty).
    public var name: String
    /// The student's e-mail address (may be empty).
    public var email: String

    /// Creates an entry.
    public init(folder: String, studentID: String, name: String = "", email: String = "") {
        self.folder = folder
        self.studentID = studentID
        self.name = name
        self.email = email
    }
}

/// Who the class is (`--roster FILE`): a CSV file with a header row naming the columns `folder` (or
/// `submission`), `student_id` (or `id`), and optionally `name` and `email`, in any order, one row per
/// student. Students whose folder holds no submission are listed in the gradebook as missing.
public struct Roster: Sendable, Equatable {
    /// The students, in the file's order.
    public let entries: [RosterEntry]
    private let byFolder: [String: RosterEntry]

    /// Creates a roster; a folder named twice keeps its first student.
    public init(entries: [RosterEntry]) {
        self.entries = entries
        self.byFolder = Dictionary(entries.map { ($0.folder, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Reads a roster file.
    ///
    /// - Throws: `GraderFailure` naming the file and, for a bad row, its line: an unreadable file, a header
    ///   without the required columns, a row without a folder or an id, or a folder named twice.
    public static func load(_ url: URL) throws -> Roster {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw GraderFailure("--roster \(url.path): cannot read the file")
        }
        return try parse(String(decoding: data, as: UTF8.self), source: url.path)
    }

    /// Reads a roster's text; `source` names it in errors.
    ///
    /// - Throws: `GraderFailure` as `load(_:)` does.
    public static func parse(_ text: String, source: String) throws -> Roster {
        let rows = CSVTable.parse(text)
        guard let header = rows.first?.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) else {
            throw GraderFailure("\(source): the roster is empty (expected a header: folder,student_id,name,email)")
        }
        func column(_ names: [String]) -> Int? { header.firstIndex { names.contains($0) } }
        guard let folderColumn = column(["folder", "submission"]), let idColumn = column(["student_id", "id"]) else {
            throw GraderFailure("\(source): the roster's header must name the columns folder and student_id (found: \(header.joined(separator: ",")))")
        }
        let nameColumn = column(["name"]), emailColumn = column(["email"])
        var entries: [RosterEntry] = []
        var seen: Set<String> = []
        for (offset, row) in rows.dropFirst().enumerated() {
            func cell(_ index: Int?) -> String {
                guard let index, index < row.count else { return "" }
                return row[index].trimmingCharacters(in: .whitespaces)
            }
            let entry = RosterEntry(folder: cell(folderColumn), studentID: cell(idColumn), name: cell(nameColumn), email: cell(emailColumn))
            guard !entry.folder.isEmpty, !entry.studentID.isEmpty else {
                throw GraderFailure("\(source), row \(offset + 2): a student needs a folder and a student_id")
            }
            guard seen.insert(entry.folder).inserted else {
                throw GraderFailure("\(source), row \(offset + 2): the folder \(entry.folder) is named twice")
            }
            entries.append(entry)
        }
        return Roster(entries: entries)
    }

    /// The roster as a CSV file's text, in the form `parse` reads.
    public var csvText: String {
        CSVTable.render([["folder", "student_id", "name", "email"]] + entries.map { [$0.folder, $0.studentID, $0.name, $0.email] })
    }

    /// The student whose work is in the folder named `folder`.
    public func entry(forFolder folder: String) -> RosterEntry? {
        byFolder[folder]
    }
}
