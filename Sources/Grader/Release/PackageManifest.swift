import Foundation

/// Edits the course's `Package.swift` into the student release's: the same package without the
/// reference solutions' target and without the test targets (which hold the mutants, the prepared
/// submissions and the oracle's known mistakes), every dependency on the reference solutions removed.
enum PackageManifest {
    /// The target the release drops along with the test targets.
    static let referenceTarget = "ReferenceSolutions"

    /// The release's manifest.
    ///
    /// - Throws: `GraderFailure` when the manifest has no `targets: [...]` argument, or still names the
    ///   reference solutions after the edit (a dependency written in a form this edit does not know).
    static func studentRelease(_ manifest: String) throws -> String {
        let text = Array(manifest.unicodeScalars)
        guard let open = find("targets: [", in: text), let close = matchingBracket(text, from: open.upperBound - 1) else {
            throw GraderFailure("Package.swift has no `targets: [...]` list to take the reference solutions and tests from")
        }
        let elements = split(Array(text[open.upperBound..<close]))
        let kept = elements.filter { element in
            let code = String(String.UnicodeScalarView(element)).split(separator: "\n")
                .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }.joined(separator: "\n")
            return !code.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix(".testTarget(")
                && !code.contains("name: \"\(referenceTarget)\"")
        }
        var body = kept.map { String(String.UnicodeScalarView($0)) }.joined(separator: ",")
        if !body.hasSuffix("\n") { body += "\n    " }
        let quoted = "\"\(referenceTarget)\""
        body = body.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { ![quoted, quoted + ","].contains($0.trimmingCharacters(in: .whitespaces)) }.joined(separator: "\n")
        for pattern in [quoted + ", ", ", " + quoted] {
            body = body.replacingOccurrences(of: pattern, with: "")
        }
        let result = String(String.UnicodeScalarView(text[..<open.upperBound])) + body + String(String.UnicodeScalarView(text[close...]))
        guard !result.contains("\"\(referenceTarget)\"") else {
            throw GraderFailure("Package.swift still names \(referenceTarget) after its target and dependencies were removed")
        }
        return result
    }

    /// Where `needle` first occurs in `text` at bracket depth 1 (an argument of `Package(...)`), outside
    /// strings and comments.
    private static func find(_ needle: String, in text: [Unicode.Scalar]) -> Range<Int>? {
        let pattern = Array(needle.unicodeScalars)
        var depth = 0
        var index = 0
        while index + pattern.count <= text.count {
            if let skipped = skipStringOrComment(text, at: index) {
                index = skipped
                continue
            }
            if depth == 1 && Array(text[index..<index + pattern.count]) == pattern { return index..<index + pattern.count }
            switch text[index] {
            case "[", "(", "{": depth += 1
            case "]", ")", "}": depth -= 1
            default: break
            }
            index += 1
        }
        return nil
    }

    /// The index of the bracket closing the one at `start`.
    private static func matchingBracket(_ text: [Unicode.Scalar], from start: Int) -> Int? {
        var closing: Int?
        walkCode(text, from: start) { index, depth in
            if depth == 0 && ["]", ")", "}"].contains(text[index]) { closing = index }
            return closing == nil
        }
        return closing
    }

    /// The elements of a list's body, split at its top-level commas (each keeps the comments before it).
    private static func split(_ body: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var elements: [[Unicode.Scalar]] = []
        var start = 0
        walkCode(body, from: 0) { index, depth in
            if depth == 0 && body[index] == "," {
                elements.append(Array(body[start..<index]))
                start = index + 1
            }
            return true
        }
        let last = Array(body[start...])
        if !String(String.UnicodeScalarView(last)).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { elements.append(last) }
        return elements
    }

    /// Calls `visit` with each index of `text` from `start` on that is outside string literals and
    /// comments, and the bracket depth after that character, until `visit` returns false.
    private static func walkCode(_ text: [Unicode.Scalar], from start: Int, _ visit: (_ index: Int, _ depth: Int) -> Bool) {
        var depth = 0
        var index = start
        while index < text.count {
            if let skipped = skipStringOrComment(text, at: index) {
                index = skipped
                continue
            }
            switch text[index] {
            case "[", "(", "{": depth += 1
            case "]", ")", "}": depth -= 1
            default: break
            }
            guard visit(index, depth) else { return }
            index += 1
        }
    }

    /// When a string literal or comment starts at `index`, the index just past it.
    private static func skipStringOrComment(_ text: [Unicode.Scalar], at index: Int) -> Int? {
        func at(_ offset: Int) -> Unicode.Scalar? { index + offset < text.count ? text[index + offset] : nil }
        if text[index] == "/" && at(1) == "/" {
            var end = index
            while end < text.count && text[end] != "\n" { end += 1 }
            return end
        }
        if text[index] == "/" && at(1) == "*" {
            var end = index + 2
            while end + 1 < text.count && !(text[end] == "*" && text[end + 1] == "/") { end += 1 }
            return min(end + 2, text.count)
        }
        if text[index] == "\"" {
            var end = index + 1
            while end < text.count && text[end] != "\"" {
                end += text[end] == "\\" ? 2 : 1
            }
            return min(end + 1, text.count)
        }
        return nil
    }
}
