import Fixtures
import Testing

@Suite struct JSONParserTests {
    @Test(arguments: ["0.30000000000000004", "0.1", "2.2250738585072014e-308", "5e-324", "1.7976931348623157e+308", "-0.0", "1e-07"])
    func numbersKeepTheirTextAndConvertExactly(_ text: String) throws {
        let value = try JSONParser.parse(Array("[\(text)]".utf8))
        guard case .array(let elements) = value, case .number(let kept) = elements.first else {
            Issue.record("expected an array of one number, got \(value)")
            return
        }
        #expect(kept == text)
        #expect(Double(kept)!.bitPattern == Double(text)!.bitPattern)
    }

    @Test func objectsKeepKeyOrderAndStringsUnescape() throws {
        let value = try JSONParser.parse(Array(#"{"b": "tab\there", "a": "\ud83d\ude00 \u00e9", "c": [true, false, null]}"#.utf8))
        guard case .object(let members) = value else {
            Issue.record("expected an object")
            return
        }
        #expect(members.map(\.key) == ["b", "a", "c"])
        #expect(value["b"] == .string("tab\there"))
        #expect(value["a"] == .string("😀 é"))
        #expect(value["c"] == .array([.bool(true), .bool(false), .null]))
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9), ("[1, 2", 1, 6), ("{\"a\": 1, \"a\": 2}", 1, 13), ("[01]", 1, 3),
        ("[1]\n x", 2, 2), ("\"unterminated", 1, 14), ("[\"bad \\q\"]", 1, 9),
    ])
    func syntaxErrorsNameLineAndColumn(_ text: String, _ line: Int, _ column: Int) {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Array(text.utf8)) }
        do {
            _ = try JSONParser.parse(Array(text.utf8))
        } catch let error as JSONParser.SyntaxError {
            #expect(error.line == line && error.column == column, "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func writerOutputParsesBackToTheSameDocument() throws {
        let document = JSONValue.object([
            ("name", .string("quote \" backslash \\ newline \n control \u{1}")),
            ("numbers", .array([.number("1"), .number("-2.5e-07")])),
            ("nested", .object([("empty", .array([])), ("flag", .bool(true))])),
        ])
        for indent in [0, 2] {
            #expect(try JSONParser.parse(Array(JSONWriter.text(document, indent: indent).utf8)) == document)
        }
    }
}
