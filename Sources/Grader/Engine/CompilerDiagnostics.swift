/// What a compiler said about a student's files, as the grader quotes it.
enum CompilerDiagnostics {
    /// The line a one-line message quotes: the first `error:` line of the compiler's diagnostics, else
    /// their first line, else `compilation failed` when the compiler said nothing.
    static func headline(_ diagnostics: String) -> String {
        let lines = diagnostics.split(separator: "\n")
        return (lines.first { $0.contains("error:") } ?? lines.first).map(String.init) ?? "compilation failed"
    }
}
