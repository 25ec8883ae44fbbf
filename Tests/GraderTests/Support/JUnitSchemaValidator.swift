import CLibXML2
import Foundation

/// Checks an XML file against an XML Schema with libxml2, the way `xmllint --schema` does.
final class JUnitSchemaValidator {
    /// The schemas the JUnit report must satisfy, vendored in `Tests/Schemas`.
    static let schemaNames = ["junit-10.xsd", "jenkins-junit.xsd"]

    private let schema: xmlSchemaPtr

    /// Parses the schema at `schemaPath`.
    ///
    /// - Throws: `ValidationFailure` listing libxml2's complaints when the schema cannot be parsed.
    init(schemaPath: String) throws {
        xmlInitParser()
        let messages = MessageCollector()
        guard let parser = xmlSchemaNewParserCtxt(schemaPath) else {
            throw ValidationFailure(messages: ["cannot open schema \(schemaPath)"])
        }
        defer { xmlSchemaFreeParserCtxt(parser) }
        xmlSchemaSetParserStructuredErrors(parser, MessageCollector.callback, messages.pointer)
        guard let schema = xmlSchemaParse(parser) else {
            throw ValidationFailure(messages: ["cannot parse schema \(schemaPath)"] + messages.messages)
        }
        self.schema = schema
    }

    deinit { xmlSchemaFree(schema) }

    /// The schema's complaints about the file at `path`; empty when the file is well-formed and valid.
    func problems(inFile path: String) -> [String] {
        let messages = MessageCollector()
        guard let context = xmlSchemaNewValidCtxt(schema) else { return ["cannot create a validation context"] }
        defer { xmlSchemaFreeValidCtxt(context) }
        xmlSchemaSetValidStructuredErrors(context, MessageCollector.callback, messages.pointer)
        let result = xmlSchemaValidateFile(context, path, 0)
        if result == 0 { return [] }
        return messages.messages.isEmpty ? ["xmlSchemaValidateFile returned \(result)"] : messages.messages
    }
}

/// Why a schema could not be used.
struct ValidationFailure: Error, CustomStringConvertible {
    var messages: [String]
    var description: String { messages.joined(separator: "\n") }
}

/// Gathers libxml2's structured errors through its `void *` user-data pointer.
private final class MessageCollector {
    var messages: [String] = []

    /// The collector as the user data libxml2 hands back to `callback`; valid while the collector lives.
    var pointer: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// Appends "line N: message" for each error libxml2 reports.
    static let callback: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let collector = Unmanaged<MessageCollector>.fromOpaque(userData).takeUnretainedValue()
        let text = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        collector.messages.append("line \(error.pointee.line): \(text.trimmingCharacters(in: .whitespacesAndNewlines))")
    }
}
