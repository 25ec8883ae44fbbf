import Foundation

/// The formulas of the exercises' instructions (`$…$` and `$$…$$` LaTeX) as plain text a terminal
/// shows readably: Greek letters and operators as their symbols, fractions as `a/b`, sub- and
/// superscripts as Unicode where every character has one (`β₁ᵗ`), else as `_(…)` / `^(…)`.
public enum LaTeXText {
    /// `markdown` with every `$…$` and `$$…$$` formula turned into plain text; the rest unchanged.
    public static func readable(_ markdown: String) -> String {
        var result = ""
        var rest = Substring(markdown)
        while let start = rest.firstIndex(of: "$") {
            result += rest[..<start]
            let display = rest[start...].hasPrefix("$$")
            let delimiter = display ? "$$" : "$"
            let bodyStart = rest.index(start, offsetBy: delimiter.count)
            guard let end = rest[bodyStart...].range(of: delimiter) else {
                result += rest[start...]
                return result
            }
            let text = plain(String(rest[bodyStart..<end.lowerBound]))
            result += display ? text.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n") : text
            rest = rest[end.upperBound...]
        }
        return result + rest
    }

    /// One formula as plain text.
    public static func plain(_ latex: String) -> String {
        var parser = Parser(Array(latex))
        let text = parser.sequence(until: nil)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }

    /// Commands that stand for one symbol.
    static let symbols: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε", "theta": "θ",
        "lambda": "λ", "mu": "μ", "sigma": "σ", "Sigma": "Σ", "sum": "Σ", "partial": "∂", "cdot": "·", "times": "×",
        "to": "→", "lVert": "‖", "rVert": "‖", "lfloor": "⌊", "rfloor": "⌋", "log": "log", "lim": "lim",
        "approx": "≈", "leq": "≤", "geq": "≥", "neq": "≠", "infty": "∞", "odot": "⊙", "ast": "∗",
        ",": " ", ";": " ", ":": " ", "!": "", "quad": "  ", "qquad": "    ", "left": "", "right": "",
        "\\": "\n", "{": "{", "}": "}", "_": "_", "%": "%",
    ]

    static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "t": "ᵗ", "T": "ᵀ", "n": "ⁿ", "i": "ⁱ", "+": "⁺", "-": "⁻", "(": "⁽", ")": "⁾", "l": "ˡ",
    ]

    static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        "i": "ᵢ", "j": "ⱼ", "k": "ₖ", "l": "ₗ", "m": "ₘ", "n": "ₙ", "t": "ₜ", "+": "₊", "-": "₋",
    ]

    /// A small recursive reader of the LaTeX the instructions use.
    private struct Parser {
        let characters: [Character]
        var index = 0

        init(_ characters: [Character]) {
            self.characters = characters
        }

        /// Text up to the closing character (or the end).
        mutating func sequence(until closing: Character?) -> String {
            var text = ""
            while index < characters.count {
                let character = characters[index]
                if character == closing {
                    index += 1
                    return text
                }
                index += 1
                switch character {
                case "\\": text += command()
                case "{": text += sequence(until: "}")
                case "^": text += script(LaTeXText.superscripts, marker: "^")
                case "_": text += script(LaTeXText.subscripts, marker: "_")
                case "&": text += " "
                default: text.append(character)
                }
            }
            return text
        }

        /// One argument: a braced group or a single character (or command).
        mutating func argument() -> String {
            while index < characters.count, characters[index] == " " { index += 1 }
            guard index < characters.count else { return "" }
            let character = characters[index]
            index += 1
            if character == "{" { return sequence(until: "}") }
            if character == "\\" { return command() }
            return String(character)
        }

        mutating func script(_ table: [Character: Character], marker: Character) -> String {
            let body = argument()
            if !body.isEmpty, body.allSatisfy({ table[$0] != nil }) { return String(body.map { table[$0]! }) }
            return body.count == 1 ? "\(marker)\(body)" : "\(marker)(\(body))"
        }

        mutating func command() -> String {
            var name = ""
            while index < characters.count, characters[index].isLetter {
                name.append(characters[index])
                index += 1
            }
            if name.isEmpty, index < characters.count {
                name = String(characters[index])
                index += 1
            }
            switch name {
            case "frac", "dfrac", "tfrac":
                let numerator = argument(), denominator = argument()
                return "\(grouped(numerator))/\(grouped(denominator))"
            case "sqrt": return "√" + grouped(argument())
            case "text", "mathrm", "operatorname", "hat", "mathbf": return argument()
            case "underbrace":
                let body = argument()
                if index < characters.count, characters[index] == "_" {
                    index += 1
                    return "\(body) [\(argument())]"
                }
                return body
            case "tag": return "    (\(argument()))"
            case "begin", "end":
                _ = argument()
                return ""
            default: return LaTeXText.symbols[name] ?? name
            }
        }

        private func grouped(_ text: String) -> String {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            return trimmed.contains(where: { " +-−·".contains($0) }) ? "(\(trimmed))" : trimmed
        }
    }
}
