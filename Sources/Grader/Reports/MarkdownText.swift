/// Turns sanitised text into Markdown that GitHub renders as the text itself.
enum MarkdownText {
    /// Characters GitHub Flavored Markdown could read as markup inside a line: emphasis, code, links,
    /// raw HTML, entities, strikethrough, headings and table cell separators. Each gets a backslash.
    private static let markup: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#"]

    /// One line of prose: sanitised, line breaks folded into spaces, markup characters escaped.
    static func inline(_ text: String) -> String {
        escape(TextSanitizer.line.cleanLine(text))
    }

    /// A table cell: sanitised, markup (the `|` included) escaped, line breaks written as `<br>`.
    static func cell(_ text: String) -> String {
        TextSanitizer.line.clean(text)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { escape(String($0)) }
            .joined(separator: "<br>")
    }

    /// An inline code span holding `text` verbatim, fenced by more backticks than any run inside it.
    ///
    /// - Parameter inTable: escape `|` as `\|`, which a table needs even inside code spans.
    static func code(_ text: String, inTable: Bool = false) -> String {
        var content = TextSanitizer.line.cleanLine(text)
        if inTable { content = content.replacingOccurrences(of: "|", with: "\\|") }
        let fence = String(repeating: "`", count: longestBacktickRun(in: content) + 1)
        let padded = content.hasPrefix("`") || content.hasSuffix("`") ? " \(content) " : content
        return fence + padded + fence
    }

    /// A fenced code block holding `text` verbatim (sanitised), its fence longer than any backtick run inside.
    static func codeBlock(_ text: String, info: String = "text") -> String {
        var content = TextSanitizer.block.clean(text)
        while content.hasSuffix("\n") { content.removeLast() }
        let fence = String(repeating: "`", count: max(3, longestBacktickRun(in: content) + 1))
        return "\(fence)\(info)\n\(content)\n\(fence)"
    }

    private static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if markup.contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    private static func longestBacktickRun(in text: String) -> Int {
        var longest = 0
        var current = 0
        for character in text {
            current = character == "`" ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }
}
