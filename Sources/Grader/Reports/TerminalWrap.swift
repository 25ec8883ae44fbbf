/// Wraps terminal lines at a width, counting only visible characters (colour codes take no room) and
/// breaking between words, with continuation lines indented under the line's text.
enum TerminalWrap {
    /// `line` cut into lines of at most `width` visible characters where it has spaces to break at; a
    /// word longer than the width stays whole on a line of its own.
    static func wrap(_ line: String, width: Int) -> [String] {
        guard width > 20, visibleCount(line) > width else { return [line] }
        let leading = line.prefix { $0 == " " }.count
        let indent = String(repeating: " ", count: min(leading + 4, width / 2))
        var lines: [String] = []
        var current = String(line.prefix(leading))
        var currentWidth = leading
        for word in line.dropFirst(leading).split(separator: " ", omittingEmptySubsequences: false) {
            let wordWidth = visibleCount(Substring(word))
            let startsLine = currentWidth == (lines.isEmpty ? leading : indent.count)
            if !startsLine, currentWidth + 1 + wordWidth > width {
                lines.append(current)
                current = indent + word
                currentWidth = indent.count + wordWidth
            } else {
                current += (startsLine ? "" : " ") + word
                currentWidth += (startsLine ? 0 : 1) + wordWidth
            }
        }
        lines.append(current)
        return lines
    }

    /// Characters a terminal shows: ANSI escape sequences (`ESC [ … letter`) take no room.
    static func visibleCount<S: StringProtocol>(_ text: S) -> Int {
        var count = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else {
                count += 1
            }
        }
        return count
    }
}
