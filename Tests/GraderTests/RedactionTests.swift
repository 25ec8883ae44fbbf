import Fixtures
import Foundation
import Grader
import NumericCore
import Testing

@Suite struct RedactionTests {
    /// Distinctive expected numbers, none of them 0 or 1 so they cannot hide in indices or counts.
    static let secrets: [Double] = [0.7364519283, -3.1415926535, 271.82818284, 4.2e-7, 0.1234567891, 57.2957795]

    /// A case whose outputs go wrong in every way, with the secret numbers as expected values.
    static let report: ComparisonReport = {
        let s = secrets
        let digestVector = ComparisonVectors.shared.sha256.float64.first { $0.shape == [37, 11] }!
        var digestActual = digestVector.matrix
        digestActual[0, 2] = s[0]
        let expected: [String: Value] = [
            "parameters": .dict([
                "W1": Build.m([[s[0], s[1], s[2]], [s[3], s[4], s[5]]]),
                "b1": Build.m([[s[2]], [s[5]], [s[1]], [s[0]], [s[3]], [s[4]], [s[2]]]),
                "W2": Build.m([[s[1], s[2]]]),
            ]),
            "cost": .float(s[1]),
            "count": .int(987_654),
            "A3": Build.m([[s[4], s[5]]]),
            "mini_batches": .list([.tuple([Build.m([[s[2]]]), .int(3)]), .int(5), .int(6), .int(7), .int(8)]),
            "X": .digest(MatrixDigest(shape: MatrixShape(rows: 37, columns: 11), sha256: digestVector.sha256,
                                      firstRow: Array(digestVector.matrix.storage[0..<11]))),
            "gap": .float(s[3]),
        ]
        let actual: [String: Value] = [
            "parameters": .dict([
                // Half the values right, half wrong: the right ones equal the expected ones.
                "W1": Build.m([[s[0], 0.8, s[2]], [3.3, s[4], 9.9]]),
                "b1": Build.m([[s[2], s[5], s[1], s[0], s[3], s[4], s[2]]]),
                "W2": Build.m([[s[1], s[2]], [s[1], s[2]]]),
            ]),
            "cost": .float(2.5),
            "count": .int(3),
            "A3": Build.m([[.nan, s[5] + 1]]),
            "mini_batches": .list([.tuple([.float(s[2]), .int(4)]), .int(5)]),
            "X": .matrix(digestActual),
            "gap": .float(.infinity),
        ]
        return Build.compare(expected, actual)
    }()

    static func hiddenText() -> String {
        let feedback = CaseFeedback(report: report, function: "update_parameters_with_adam", disclosure: .redacted,
                                    maxListed: 100)
        return feedback.message + "\n" + feedback.details
    }

    @Test func everyKindOfMistakeIsExercised() {
        let categories = Set(Self.report.mismatches.map(\.category))
        #expect(categories == [.shapeMismatch, .kindMismatch, .lengthMismatch, .nonFinite, .valueMismatch, .digestMismatch])
    }

    @Test func hiddenTextNeverContainsAnExpectedNumber() {
        let text = Self.hiddenText()
        var expectedNumbers = Self.secrets + [ComparisonVectors.shared.sha256.float64.first { $0.shape == [37, 11] }!.matrix.storage[2]]
        expectedNumbers += [0.5]
        for x in expectedNumbers {
            var forms = [NumpyText.scalar(x), x.description, String(format: "%.4f", x), String(format: "%.3g", x)]
            for precision in 4...17 { forms.append(NumpyText.scalar(x, precision: precision)) }
            for form in Set(forms) where form.count >= 4 {
                #expect(!text.contains(form), "\(form) leaked into:\n\(text)")
            }
        }
        #expect(!text.contains("987654") && !text.contains("987_654"))
    }

    @Test func hiddenTextNeverContainsTheStudentsOtherValuesOrErrors() {
        let text = Self.hiddenText()
        for form in ["0.8", "3.3", "9.9", "2.5", "57.29", "largest absolute error 0", "relative error 0", "expected:", "got:"] {
            #expect(!text.contains(form), "\(form) leaked into:\n\(text)")
        }
    }

    @Test func hiddenTextKeepsTheStudentsShapeButNotTheExpectedOne() {
        let text = Self.hiddenText()
        #expect(text.contains(#"parameters["b1"]: wrong shape (1, 7): its numbers of rows and columns differ from the expected shape"#))
        #expect(text.contains(#"parameters["W2"]: wrong shape (2, 2): its number of rows differs from the expected shape"#))
        #expect(!text.contains("(7, 1)") && !text.contains("(1, 2)"))
        #expect(!text.contains("transposed"))
    }

    @Test func hiddenTextSaysWhereAndWhatKind() {
        let text = Self.hiddenText()
        #expect(text.contains(#"parameters["W1"]: 3 of 6 values differ; first at [0, 1]"#))
        #expect(text.contains("largest absolute error at [1, 2]"))
        #expect(text.contains("mini_batches: 2 elements, fewer than expected"))
        #expect(text.contains("mini_batches[0].0: expected a matrix, got a float"))
        #expect(text.contains("mini_batches[0].1: wrong value"))
        #expect(text.contains("count: wrong value"))
        #expect(text.contains("cost: wrong value (outside the tolerance)"))
        #expect(text.contains("A3: 1 of 2 values are NaN or infinite where finite values are expected; first at [0, 0]: got nan"))
        #expect(text.contains("gap: got inf where a finite value is expected"))
        #expect(text.contains("X: 1 of 11 values in row 0 differ; first at [0, 2]"))
        #expect(text.contains("This case is hidden"))
        #expect(!text.contains("5 elements"))
    }

    @Test func revealingAHiddenCaseGivesTheFullText() {
        let disclosure = Disclosure(visibility: .hidden, revealHidden: true)
        #expect(disclosure == .full)
        let revealed = CaseFeedback(report: Self.report, function: "f", disclosure: disclosure)
        let text = revealed.message + revealed.details
        #expect(text.contains(NumpyText.scalar(Self.secrets[1])))
        #expect(text.contains("expected shape (7, 1), got (1, 7)"))
        #expect(!text.contains("This case is hidden"))
    }

    @Test func disclosureFollowsVisibility() {
        #expect(Disclosure(visibility: .public, revealHidden: false) == .full)
        #expect(Disclosure(visibility: .hidden, revealHidden: false) == .redacted)
        #expect(Disclosure(visibility: .public, revealHidden: true) == .full)
    }
}
