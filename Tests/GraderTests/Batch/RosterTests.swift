import Foundation
import Testing

@testable import Grader

@Suite struct RosterTests {
    @Test func columnsAreFoundByTheirNamesInAnyOrder() throws {
        let roster = try Roster.parse(
            "\u{FEFF}Email,Student_ID,Folder,Name\r\nada@example.edu,s1,ada-repo,\"Lovelace, Ada\"\r\n,s2,bob-repo,Bob\r\n",
            source: "roster.csv")
        #expect(roster.entries == [
            RosterEntry(folder: "ada-repo", studentID: "s1", name: "Lovelace, Ada", email: "ada@example.edu"),
            RosterEntry(folder: "bob-repo", studentID: "s2", name: "Bob", email: ""),
        ])
        #expect(roster.entry(forFolder: "bob-repo")?.studentID == "s2")
        #expect(try Roster.parse(roster.csvText, source: "copy") == roster)
    }

    @Test(arguments: ["", "name,email\nAda,a@x\n", "folder,student_id\nada,\n", "folder,student_id\nada,1\nada,2\n"])
    func aRosterThatCannotBeReadIsOneLine(_ text: String) {
        #expect(throws: GraderFailure.self) { try Roster.parse(text, source: "roster.csv") }
    }
}

@Suite struct CSVTableTests {
    @Test func quotedFieldsRoundTrip() {
        let rows = [["a", "b,c", "say \"hi\""], ["line\nbreak", " padded ", ""]]
        #expect(CSVTable.parse(CSVTable.render(rows)) == rows)
    }

    @Test func unixAndWindowsLineEndingsReadAlike() {
        #expect(CSVTable.parse("a,b\nc,d\n") == CSVTable.parse("a,b\r\nc,d\r\n"))
        #expect(CSVTable.parse("a,b\n\nc,d") == [["a", "b"], ["c", "d"]])
    }
}
