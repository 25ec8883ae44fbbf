import Foundation

/// Makes any text (student output, compiler diagnostics, messages) safe to put in a report.
///
/// Every report passes every string through a sanitiser, which does four things in order:
///
/// 1. **Removes terminal escape sequences**: CSI (`ESC [ … final`, e.g. colours and cursor moves),
///    OSC (`ESC ] … BEL` or `… ESC \`, e.g. window titles and hyperlinks), DCS, SOS, PM and APC strings
///    (`ESC P`, `ESC X`, `ESC ^`, `ESC _`, ended by `ESC \` or BEL), two-character and `nF` escapes
///    (`ESC 7`, `ESC ( B`), and their 8-bit C1 forms (U+009B CSI, U+009D OSC, …). A sequence that never
///    ends is not a sequence: its ESC is shown as in step 2 and the rest kept as text.
/// 2. **Shows invisible and XML-forbidden characters as Swift escapes**: every C0 control except tab and
///    line feed, DEL, every C1 control, and U+FFFE / U+FFFF become `\u{HEX}` in upper-case hex without
///    leading zeros, so NUL reads `\u{0}`, BEL `\u{7}` and a lone ESC `\u{1B}`. The result holds only
///    characters XML 1.0 allows (Swift strings cannot hold lone surrogates, the last forbidden kind).
/// 3. **Normalises line ends**: CR LF and a lone CR (a progress bar redrawing its line) become LF.
/// 4. **Caps the length** at `limit` characters (grapheme clusters), marker included: the first three
///    quarters and the last quarter are kept around `… [truncated 1,234,567 characters] …`, since the
///    start of a log says what ran and its end says how it died.
///
/// `cleanLine` does the same for one-line places (XML attributes, table cells) and also folds every run
/// of line breaks and tabs into one space. The text `]]>` needs no special care: the XML writer escapes
/// `>` in text and never uses CDATA.
public struct TextSanitizer: Sendable {
    /// The most characters a cleaned string may have, the truncation marker included.
    public var limit: Int

    /// Creates a sanitiser that caps its results at `limit` characters.
    ///
    /// - Parameter limit: at least 64, so a truncated result still has room for text beside its marker.
    public init(limit: Int) {
        precondition(limit >= 64, "a sanitiser limit below 64 characters leaves no room for text")
        self.limit = limit
    }

    /// For one-line strings: JUnit `message` attributes, property values, table cells, case headings.
    public static let line = TextSanitizer(limit: 1_000)
    /// For long text: failure details, compiler diagnostics, a case's captured output.
    public static let block = TextSanitizer(limit: 65_536)

    /// The text without escape sequences, with forbidden characters made visible, LF line ends, capped.
    public func clean(_ text: String) -> String {
        truncate(Self.visible(text), separator: "\n")
    }

    /// Like `clean`, with every run of line breaks and tabs folded into one space and the ends trimmed.
    public func cleanLine(_ text: String) -> String {
        var folded = ""
        var pendingSpace = false
        for scalar in Self.visible(text).unicodeScalars {
            if scalar == "\n" || scalar == "\t" {
                pendingSpace = !folded.isEmpty
            } else {
                if pendingSpace { folded.unicodeScalars.append(" ") }
                pendingSpace = false
                folded.unicodeScalars.append(scalar)
            }
        }
        return truncate(folded.trimmingCharacters(in: .whitespaces), separator: " ")
    }

    /// Keeps the head and tail of `text` around a marker naming how many characters were dropped.
    private func truncate(_ text: String, separator: String) -> String {
        let total = text.count
        guard total > limit else { return text }
        let longestMarker = Self.marker(dropped: total, separator: separator).count
        let kept = limit - longestMarker
        let head = kept * 3 / 4
        let tail = kept - head
        let marker = Self.marker(dropped: total - kept, separator: separator)
        return String(text.prefix(head)) + marker + String(text.suffix(tail))
    }

    private static func marker(dropped: Int, separator: String) -> String {
        "\(separator)… [truncated \(ReportNumbers.grouped(dropped)) characters] …\(separator)"
    }

    /// Steps 1 to 3: escape sequences removed, forbidden characters shown, line ends normalised.
    static func visible(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        // Appending to a String's scalars is fast; `String.UnicodeScalarView.append(contentsOf:)` is not.
        var result = ""
        result.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            let value = scalars[index].value
            if value == 0x1B || (0x80...0x9F).contains(value),
               let end = EscapeSequence.end(in: scalars, at: index) {
                index = end
                continue
            }
            switch value {
            case 0x0D:
                result.unicodeScalars.append("\n")
                if index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
            case 0x09, 0x0A:
                result.unicodeScalars.append(scalars[index])
            case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF:
                result += "\\u{\(String(value, radix: 16, uppercase: true))}"
            default:
                result.unicodeScalars.append(scalars[index])
            }
            index += 1
        }
        return result
    }
}

/// Recognises ECMA-48 escape sequences, the ones a terminal would swallow rather than show.
enum EscapeSequence {
    /// The index just past the escape sequence starting at `start`, or nil when none starts there.
    ///
    /// `scalars[start]` is ESC or a C1 control. Returns nil for an unknown or unterminated sequence
    /// and for a C1 control that does not introduce one.
    static func end(in scalars: [Unicode.Scalar], at start: Int) -> Int? {
        let first = scalars[start].value
        if first == 0x1B {
            let next = start + 1
            guard next < scalars.count else { return nil }
            switch scalars[next].value {
            case 0x5B: return controlSequenceEnd(in: scalars, from: next + 1)  // ESC [  CSI
            case 0x5D, 0x50, 0x58, 0x5E, 0x5F: return stringEnd(in: scalars, from: next + 1)  // ] P X ^ _
            case 0x20...0x2F: return escapeEnd(in: scalars, from: next)  // nF: intermediates, then a final
            case 0x30...0x7E: return next + 1  // two-character escape such as ESC 7 or ESC c
            default: return nil
            }
        }
        switch first {
        case 0x9B: return controlSequenceEnd(in: scalars, from: start + 1)  // 8-bit CSI
        case 0x9D, 0x90, 0x98, 0x9E, 0x9F: return stringEnd(in: scalars, from: start + 1)  // OSC DCS SOS PM APC
        default: return nil
        }
    }

    /// Parameters 0x30–0x3F, intermediates 0x20–0x2F, then one final byte 0x40–0x7E.
    private static func controlSequenceEnd(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        while index < scalars.count, (0x30...0x3F).contains(scalars[index].value) { index += 1 }
        while index < scalars.count, (0x20...0x2F).contains(scalars[index].value) { index += 1 }
        guard index < scalars.count, (0x40...0x7E).contains(scalars[index].value) else { return nil }
        return index + 1
    }

    /// Intermediates 0x20–0x2F, then one final byte 0x30–0x7E.
    private static func escapeEnd(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        while index < scalars.count, (0x20...0x2F).contains(scalars[index].value) { index += 1 }
        guard index < scalars.count, (0x30...0x7E).contains(scalars[index].value) else { return nil }
        return index + 1
    }

    /// A control string runs to the string terminator: BEL, `ESC \` or the 8-bit ST U+009C.
    private static func stringEnd(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        while index < scalars.count {
            switch scalars[index].value {
            case 0x07, 0x9C: return index + 1
            case 0x1B where index + 1 < scalars.count && scalars[index + 1] == "\\": return index + 2
            default: index += 1
            }
        }
        return nil
    }
}
