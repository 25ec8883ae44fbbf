/// The decimal numbers written in a text, as a scan for leaked values reads them: `-0.0122`, `1.5e-07`,
/// `42`, each not glued to a letter, digit or underscore before it.
enum NumberTokens {
    /// Every number token of `text`, as written.
    static func all(in text: String) -> [Substring] {
        var tokens: [Substring] = []
        var index = text.startIndex
        func isDigit(_ i: String.Index) -> Bool { i < text.endIndex && text[i].isASCII && text[i].isNumber }
        while index < text.endIndex {
            let character = text[index]
            let before = index > text.startIndex ? text[text.index(before: index)] : " "
            let startsNumber = isDigit(index) || (character == "-" && isDigit(text.index(after: index)))
            guard startsNumber, !(before.isLetter || before.isNumber || before == "_" || before == ".") else {
                index = text.index(after: index)
                continue
            }
            let start = index
            if character == "-" { index = text.index(after: index) }
            while isDigit(index) { index = text.index(after: index) }
            if index < text.endIndex, text[index] == ".", isDigit(text.index(after: index)) {
                index = text.index(after: index)
                while isDigit(index) { index = text.index(after: index) }
            }
            if index < text.endIndex, text[index] == "e" || text[index] == "E" {
                var exponent = text.index(after: index)
                if exponent < text.endIndex, text[exponent] == "-" || text[exponent] == "+" { exponent = text.index(after: exponent) }
                if isDigit(exponent) {
                    index = exponent
                    while isDigit(index) { index = text.index(after: index) }
                }
            }
            tokens.append(text[start..<index])
        }
        return tokens
    }

    /// How many significant digits a number's text has, leading and trailing zeros not counted:
    /// `0.00123` has 3, `1.5e-07` has 2, `1000000.0` has 1.
    static func significantDigits<S: StringProtocol>(_ text: S) -> Int {
        let mantissa = text.split(whereSeparator: { $0 == "e" || $0 == "E" }).first ?? ""
        let digits = mantissa.filter { $0.isASCII && $0.isNumber }.drop { $0 == "0" }
        return digits.reversed().drop { $0 == "0" }.count
    }
}
