import CLibXML2
import Foundation

/// libxml2 refused a write call; the JUnit report could not be serialised.
struct XMLWriterError: Error, CustomStringConvertible {
    /// What was being written, e.g. `attribute message`.
    var step: String
    /// E.g. `libxml2 could not write attribute message`.
    var description: String { "libxml2 could not write \(step)" }
}

/// A streaming XML 1.0 writer over libxml2's `xmlTextWriter`, building a UTF-8 document in memory.
///
/// The writer escapes `<`, `>`, `&` and `"` in text and attributes, and line breaks and tabs in
/// attributes. It does not check characters: callers pass text through a `TextSanitizer` first, which
/// leaves only characters XML 1.0 allows (a NUL would otherwise cut a string short).
final class XMLDocumentWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    /// Starts a document: `<?xml version="1.0" encoding="UTF-8"?>`, children indented by two spaces.
    ///
    /// - Throws: `XMLWriterError` when libxml2 cannot allocate its buffer or writer.
    init() throws {
        xmlInitParser()
        guard let buffer = xmlBufferCreate() else { throw XMLWriterError(step: "its buffer") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw XMLWriterError(step: "its writer")
        }
        self.buffer = buffer
        self.writer = writer
        try check(xmlTextWriterSetIndent(writer, 1), "indentation")
        try Self.withXMLChars("  ") { try check(xmlTextWriterSetIndentString(writer, $0), "indentation") }
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "the XML declaration")
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Opens an element; attributes and content follow, `endElement` closes it.
    func startElement(_ name: String) throws {
        try Self.withXMLChars(name) { try check(xmlTextWriterStartElement(writer, $0), "element \(name)") }
    }

    /// Adds an attribute to the element just opened.
    func attribute(_ name: String, _ value: String) throws {
        try Self.withXMLChars(name) { xmlName in
            try Self.withXMLChars(value) { xmlValue in
                try check(xmlTextWriterWriteAttribute(writer, xmlName, xmlValue), "attribute \(name)")
            }
        }
    }

    /// Writes escaped text inside the open element.
    func text(_ value: String) throws {
        try Self.withXMLChars(value) { try check(xmlTextWriterWriteString(writer, $0), "text") }
    }

    /// Closes the innermost open element (as `<name/>` when it has no content).
    func endElement() throws {
        try check(xmlTextWriterEndElement(writer), "an end tag")
    }

    /// Closes every open element and returns the document's bytes.
    func finish() throws -> Data {
        try check(xmlTextWriterEndDocument(writer), "the end of the document")
        try check(xmlTextWriterFlush(writer), "the document")
        guard let content = xmlBufferContent(buffer) else { return Data() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    private func check(_ result: Int32, _ step: String) throws {
        if result < 0 { throw XMLWriterError(step: step) }
    }

    /// Calls `body` with the string as a NUL-terminated UTF-8 `xmlChar` pointer.
    private static func withXMLChars<R>(_ string: String, _ body: (UnsafePointer<xmlChar>) throws -> R) rethrows -> R {
        try string.withCString { pointer in
            try pointer.withMemoryRebound(to: xmlChar.self, capacity: string.utf8.count + 1, body)
        }
    }
}
