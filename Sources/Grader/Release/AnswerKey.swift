import Foundation
import Fixtures

/// What a student release must not hold, gathered from the course's repository: the reference solutions'
/// and the oracle's code (their lines found nowhere else in the repository's shipped sources), and every
/// hidden case's id, numbers and long strings (a digest's SHA-256) that no public case of any exercise,
/// and no file the release takes, also holds.
struct AnswerKey: Sendable {
    /// Distinctive lines of the reference solutions and the oracle, trimmed, with where each comes from.
    var codeLines: [String: String]
    /// The hidden cases' ids, by exercise.
    var hiddenIDs: [(exercise: String, id: String)]
    /// The hidden cases' numbers with at least `significantDigits` digits, with the case each comes from.
    var hiddenNumbers: [Double: String]
    /// The hidden cases' long strings (digests), with the case each comes from.
    var hiddenStrings: [String: String]

    /// A number needs this many significant digits to be told apart from an ordinary constant.
    static let significantDigits = 6
    /// A line of code needs this many characters to be told apart from ordinary code.
    static let distinctiveLine = 30

    /// Gathers the key from the repository at `source`.
    ///
    /// - Parameter allowed: the text of every file the release takes from the repository (before its
    ///   fixtures are stripped): a line of reference code found there too is ordinary code.
    static func of(source: URL, allowed: [String]) throws -> AnswerKey {
        var ordinary: Set<String> = []
        for text in allowed { ordinary.formUnion(lines(text)) }
        var codeLines: [String: String] = [:]
        for (folder, suffix) in [("Sources/\(PackageManifest.referenceTarget)", ".swift"), ("tools/oracle", ".py")] {
            for file in ReleaseFiles.regularFiles(under: source.appendingPathComponent(folder)) where file.hasSuffix(suffix) {
                let text = String(decoding: FileManager.default.contents(atPath: source.appendingPathComponent(folder).appendingPathComponent(file).path) ?? Data(), as: UTF8.self)
                for line in lines(text) where line.count >= distinctiveLine && !ordinary.contains(line) {
                    codeLines[line] = "\(folder)/\(file)"
                }
            }
        }
        var key = AnswerKey(codeLines: codeLines, hiddenIDs: [], hiddenNumbers: [:], hiddenStrings: [:])
        var publicNumbers = Set(allowed.flatMap { NumberTokens.all(in: $0) }.compactMap { Double($0) })
        var publicStrings: Set<String> = []
        var hidden: [(exercise: String, fixtureCase: JSONValue)] = []
        let fixtures = source.appendingPathComponent(ReleaseFiles.fixturesFolder)
        for file in ReleaseFiles.regularFiles(under: fixtures) where file.hasSuffix(".json") {
            let bytes = [UInt8](FileManager.default.contents(atPath: fixtures.appendingPathComponent(file).path) ?? Data())
            for fixtureCase in PublicFixtures.publicCases(bytes) {
                collect(fixtureCase, numbers: &publicNumbers, strings: &publicStrings)
            }
            hidden += PublicFixtures.hiddenCases(bytes).map { (String(file.dropLast(".json".count)), $0) }
        }
        for (exercise, fixtureCase) in hidden {
            guard case .string(let id)? = fixtureCase["id"] else { continue }
            key.hiddenIDs.append((exercise, id))
            var numbers: Set<Double> = []
            var strings: Set<String> = []
            for part in ["inputs", "expected"] {
                if let value = fixtureCase[part] { collect(value, numbers: &numbers, strings: &strings) }
            }
            for number in numbers.subtracting(publicNumbers) { key.hiddenNumbers[number] = "\(exercise) \(id)" }
            for string in strings.subtracting(publicStrings) { key.hiddenStrings[string] = "\(exercise) \(id)" }
        }
        return key
    }

    /// A text's lines, trimmed, without empty ones.
    static func lines(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    /// The distinctive numbers and long strings of a JSON value.
    private static func collect(_ value: JSONValue, numbers: inout Set<Double>, strings: inout Set<String>) {
        switch value {
        case .object(let members): for member in members { collect(member.value, numbers: &numbers, strings: &strings) }
        case .array(let items): for item in items { collect(item, numbers: &numbers, strings: &strings) }
        case .number(let text):
            if NumberTokens.significantDigits(text) >= significantDigits, let number = Double(text) { numbers.insert(number) }
        case .string(let text): if text.count >= 16 { strings.insert(text) }
        case .bool, .null: break
        }
    }
}
