@testable import Grader
import Testing

private let wide = TextSanitizer(limit: 10_000)

@Test(arguments: [
    ("\u{1B}[1;31mred\u{1B}[0m", "red"),                                 // SGR colour
    ("\u{1B}[2K\u{1B}[1Gline", "line"),                                  // erase line, move cursor
    ("\u{1B}[?25lhidden cursor\u{1B}[?25h", "hidden cursor"),            // private parameters
    ("\u{1B}]0;window title\u{7}text", "text"),                          // OSC ended by BEL
    ("\u{1B}]8;;https://example.com\u{1B}\\link\u{1B}]8;;\u{1B}\\", "link"),  // OSC 8 hyperlink ended by ST
    ("\u{1B}P1$r0m\u{1B}\\after", "after"),                              // DCS
    ("\u{1B}(Bascii\u{1B}7saved\u{1B}8", "asciisaved"),                 // nF and two-character escapes
    ("\u{9B}32mgreen\u{9B}0m", "green"),                                 // 8-bit CSI
    ("\u{9D}2;title\u{9C}text", "text"),                                 // 8-bit OSC ended by 8-bit ST
])
func removesTerminalEscapeSequences(input: String, expected: String) {
    #expect(wide.clean(input) == expected)
}

@Test func showsUnfinishedEscapesInsteadOfSwallowingText() {
    #expect(wide.clean("end\u{1B}") == #"end\u{1B}"#)
    #expect(wide.clean("\u{1B}]0;no terminator") == #"\u{1B}]0;no terminator"#)
    #expect(wide.clean("\u{1B}[31") == #"\u{1B}[31"#)
}

@Test func showsForbiddenAndInvisibleCharactersAsSwiftEscapes() {
    #expect(wide.clean("a\u{0}b\u{7}c\u{1}d\u{1F}e\u{7F}f\u{85}g") == #"a\u{0}b\u{7}c\u{1}d\u{1F}e\u{7F}f\u{85}g"#)
    #expect(wide.clean("x\u{FFFE}y\u{FFFF}z") == #"x\u{FFFE}y\u{FFFF}z"#)
    #expect(wide.clean("tab\tnewline\nemoji 🧠👩‍🔬 é e\u{301} 漢字") == "tab\tnewline\nemoji 🧠👩‍🔬 é e\u{301} 漢字")
    #expect(wide.clean("]]> &<>\"'") == "]]> &<>\"'")
}

@Test func leavesOnlyCharactersXML10Allows() {
    var text = String.UnicodeScalarView()
    for value in Array(0...0x2FF) + Array(0xD7F0...0xD7FF) + Array(0xE000...0xE010) + Array(0xFFF0...0xFFFF)
        + [0x10000, 0x1F9E0, 0x10FFFF] {
        text.append(Unicode.Scalar(UInt32(value))!)
    }
    let allowed = { (value: UInt32) in
        value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
            || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
    }
    let cleaned = wide.clean(String(text))
    #expect(cleaned.unicodeScalars.allSatisfy { allowed($0.value) })
    #expect(cleaned.unicodeScalars.allSatisfy { $0.value != 0x7F && !(0x80...0x9F).contains($0.value) })
    #expect(cleaned.unicodeScalars.contains("\u{10FFFF}"))
}

@Test func normalisesLineEnds() {
    #expect(wide.clean("a\r\nb\rc\n\rd") == "a\nb\nc\n\nd")
}

@Test func foldsLinesForOneLinePlaces() {
    #expect(wide.cleanLine("  first\n\n\tsecond\r\nthird  ") == "first second third")
    #expect(wide.cleanLine("\u{1B}[31m\n") == "")
}

@Test func truncatesLongTextAroundAVisibleMarker() {
    let sanitizer = TextSanitizer(limit: 1_000)
    let text = String((0..<1_234_567).map { _ in "x" }) + "THE END"
    let cleaned = sanitizer.clean(text)
    #expect(cleaned.count <= 1_000)
    #expect(cleaned.count >= 990)
    #expect(cleaned.hasPrefix("xxx"))
    #expect(cleaned.hasSuffix("THE END"))
    let marker = cleaned.firstRange(of: "\n… [truncated ")!
    let rest = cleaned[marker.upperBound...]
    let digits = rest.prefix { $0.isNumber || $0 == "," }
    #expect(rest.dropFirst(digits.count).hasPrefix(" characters] …\n"))
    let dropped = Int(digits.replacing(",", with: ""))!
    let markerLength = "\n… [truncated \(digits) characters] …\n".count
    #expect(dropped + cleaned.count - markerLength == text.count)
    #expect(digits.contains(","))
}

@Test func leavesShortTextWhole() {
    let sanitizer = TextSanitizer(limit: 64)
    let text = String(repeating: "y", count: 64)
    #expect(sanitizer.clean(text) == text)
    #expect(sanitizer.clean(text + "z").count <= 64)
    #expect(sanitizer.cleanLine(String(repeating: "ab\n", count: 100)).contains(" … [truncated "))
}
