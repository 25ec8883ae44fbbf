import Assignments
import Fixtures
import Foundation
import Testing

@testable import Grader

/// Every hint speaks the stub's language: each code word it quotes (between backticks) appears in the
/// stub file or the instructions of the exercise it is about, so that following a hint literally never
/// contradicts the code a student was given.
@Suite struct HintStubAgreementTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Swift's own words a hint may use without the stub spelling them.
    static let swiftWords: Set<String> = ["Double", "Int", "floor", "pow", "sqrt", "let", "for", "in"]

    /// The stub files and the README of an exercise, as one text.
    static func exerciseText(_ exercise: String) throws -> String {
        let folder = packageRoot.appendingPathComponent("exercises").appendingPathComponent(exercise)
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .filter { $0.hasSuffix(".swift") || $0 == "README.md" }
            .map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
            .joined(separator: "\n")
    }

    /// The identifiers and loop ranges inside a hint's backtick spans.
    static func codeWords(_ hint: String) -> [String] {
        let spans = hint.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
        var words: [String] = []
        for span in spans {
            words += span.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map(String.init)
                .filter { $0.first?.isLetter == true }
            for range in ["1...L", "1..<L"] where span.contains(range) { words.append(range) }
        }
        return words
    }

    @Test func everyCodeWordOfAFunctionsHintIsInItsExercise() throws {
        var disagreements: [String] = []
        for hint in HintTable.course.hints {
            guard let function = hint.function else {
                if !Self.codeWords(hint.text).isEmpty { disagreements.append("generic hint quotes code: \(hint.text)") }
                continue
            }
            let exercise = try #require(Exercise.allCases.first { $0.functions.contains(function) }, "\(function)")
            let text = try Self.exerciseText(exercise.name)
            for word in Self.codeWords(hint.text) where !Self.swiftWords.contains(word) && !text.contains(word) {
                disagreements.append("\(function): `\(word)` is not in exercises/\(exercise.name): \(hint.text)")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
    }

    @Test func theLoopHintsMatchTheStubsLoops() throws {
        #expect(try Self.exerciseText("initializers").contains("for l in 1..<L"))
        #expect(HintTable.initializerLoop.contains("`for l in 1..<L`"))
        for exercise in ["adam", "momentum", "gradient_descent"] {
            #expect(try Self.exerciseText(exercise).contains("for l in 1...L"), "\(exercise)")
        }
        #expect(HintTable.parametersLoop.contains("`for l in 1...L`"))
    }
}
