import Fixtures

/// A fixture file as the student release ships it: the same document with every hidden case removed,
/// so that neither a hidden case's id nor its inputs or expected values leave the course's repository.
enum PublicFixtures {
    /// The text of `fixture` (a fixture file's bytes) without its hidden cases.
    ///
    /// - Throws: `GraderFailure` naming `file` when it is not a fixture file (no `cases` list).
    static func strip(_ fixture: [UInt8], file: String) throws -> String {
        guard case .object(let members)? = try? JSONParser.parse(fixture), case .array(let cases)? = JSONValue.object(members)["cases"] else {
            throw GraderFailure("\(file): not a fixture file (no cases list)")
        }
        let kept = members.map { member -> (key: String, value: JSONValue) in
            member.key == "cases" ? (member.key, .array(cases.filter { $0["visibility"] != .string("hidden") })) : member
        }
        return JSONWriter.text(.object(kept)) + "\n"
    }

    /// The hidden cases of a fixture file, as parsed JSON.
    static func hiddenCases(_ fixture: [UInt8]) -> [JSONValue] {
        guard case .array(let cases)? = (try? JSONParser.parse(fixture))?["cases"] else { return [] }
        return cases.filter { $0["visibility"] == .string("hidden") }
    }

    /// The public cases of a fixture file, as parsed JSON.
    static func publicCases(_ fixture: [UInt8]) -> [JSONValue] {
        guard case .array(let cases)? = (try? JSONParser.parse(fixture))?["cases"] else { return [] }
        return cases.filter { $0["visibility"] != .string("hidden") }
    }
}
