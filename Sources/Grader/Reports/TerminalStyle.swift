/// When the terminal report uses colour; the `--color` option.
public enum ColorMode: String, Sendable, CaseIterable {
    /// Colour when standard output is a terminal, `NO_COLOR` is unset or empty, and `TERM` is not `dumb`.
    case auto
    /// Always colour, whatever the environment says (an explicit choice beats `NO_COLOR`).
    case always
    /// Never colour.
    case never

    /// Whether the report should be coloured.
    ///
    /// - Parameters:
    ///   - isTerminal: whether standard output is a terminal (`isatty(STDOUT_FILENO) != 0`).
    ///   - environment: the process's environment, for `NO_COLOR` (https://no-color.org) and `TERM`.
    public func usesColor(isTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        }
    }
}

/// How much the terminal report says; `--quiet` and `--verbose`.
public enum Verbosity: Sendable {
    /// Each exercise's score and the total only.
    case quiet
    /// A line per graded function, the cases that did not pass with their message, compiler errors.
    case normal
    /// Also every passing case, each failure's details and hint, and what the code printed.
    case verbose
}

/// ANSI colours, or plain text when colour is off.
struct TerminalStyle {
    /// Whether to emit ANSI colour sequences at all.
    var enabled: Bool

    /// Passes and full scores.
    func green(_ text: String) -> String { paint(text, "32") }
    /// Failures, errors and zero scores.
    func red(_ text: String) -> String { paint(text, "31") }
    /// Skipped cases, partial scores and the notebook's "There is a mistake" (which it prints in yellow).
    func yellow(_ text: String) -> String { paint(text, "33") }
    /// Exercise titles and the total.
    func bold(_ text: String) -> String { paint(text, "1") }
    /// Timings, hints and the "Output:" label.
    func dim(_ text: String) -> String { paint(text, "2") }

    /// Green for full marks, red for none, yellow in between.
    func score(_ text: String, points: Double, of maxPoints: Double) -> String {
        if points >= maxPoints { return green(text) }
        return points > 0 ? yellow(text) : red(text)
    }

    private func paint(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
