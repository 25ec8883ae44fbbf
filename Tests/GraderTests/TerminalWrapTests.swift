import Testing

@testable import Grader

@Suite struct TerminalWrapTests {
    @Test func longLinesBreakBetweenWordsWithAHangingIndent() {
        let line = "      ✗ update_lr[notebook] (compile error): the exercise did not compile (the compiler's errors are above)"
        let wrapped = TerminalWrap.wrap(line, width: 60)
        #expect(wrapped.count > 1)
        #expect(wrapped.allSatisfy { TerminalWrap.visibleCount($0) <= 60 })
        #expect(wrapped.dropFirst().allSatisfy { $0.hasPrefix("          ") && !$0.hasPrefix("           ") })
        #expect(wrapped.joined(separator: " ").split(separator: " ") == line.split(separator: " "))
    }

    @Test func colourCodesTakeNoRoom() {
        let coloured = "\u{1B}[31m✗\u{1B}[0m " + String(repeating: "a", count: 50)
        #expect(TerminalWrap.visibleCount(coloured) == 52)
        #expect(TerminalWrap.wrap(coloured, width: 60) == [coloured])
    }

    @Test func aWordLongerThanTheWidthStaysWhole() {
        let word = String(repeating: "x", count: 80)
        #expect(TerminalWrap.wrap("  ab \(word) cd", width: 40) == ["  ab", "      \(word)", "      cd"])
    }

    @Test func longCaseListsNameTheEndsAndTheCount() {
        #expect(TerminalReport.caseList(["a", "b", "c"]) == "a, b, c")
        #expect(TerminalReport.caseList(["f[hidden 1]", "f[hidden 2]", "f[hidden 3]", "f[hidden 4]"])
                == "f[hidden 1] … f[hidden 4] (4 cases)")
    }
}
