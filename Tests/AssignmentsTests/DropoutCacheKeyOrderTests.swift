import Assignments
@testable import CaseRunner
import Fixtures
import Grader
import NumericCore
import Testing
import WorkerProtocol

/// A dropout cache's keys read in one order wherever a student meets them: the notebook's tuple (the
/// order of `DropoutCache`'s fields), the printed value, and the comparison's feedback.
struct DropoutCacheKeyOrderTests {
    static let cache = DropoutCache(
        Z1: Matrix(scalar: 1), D1: Matrix(scalar: 1), A1: Matrix(scalar: 3), W1: Matrix(scalar: 4), b1: Matrix(scalar: 5),
        Z2: Matrix(scalar: 6), D2: Matrix(scalar: 0), A2: Matrix(scalar: 8), W2: Matrix(scalar: 9), b2: Matrix(scalar: 10),
        Z3: Matrix(scalar: 11), A3: Matrix(scalar: 12), W3: Matrix(scalar: 13), b3: Matrix(scalar: 14))

    /// The notebook's tuple order, `Z1, D1, A1, W1, b1, …, b3`.
    static let notebookOrder = Mirror(reflecting: cache).children.compactMap(\.label)

    static func compare(_ actual: Value) -> ComparisonReport {
        OutputComparator().compare(
            expected: ["cache": .dropoutCache(cache)], actual: ["cache": actual], tolerance: { _ in Tolerance(rtol: 0, atol: 0) })
    }

    @Test func theNotebookOrderHasEveryKey() {
        #expect(Self.notebookOrder.count == 14 && Self.notebookOrder.first == "Z1" && Self.notebookOrder.last == "b3")
    }

    @Test func thePrintedCacheFollowsTheNotebooksOrder() {
        let labels = Value.dropoutCache(Self.cache).description.split(separator: "\n")
            .filter { $0.first != " " }.map { String($0.prefix { $0 != " " }) }
        #expect(labels == Self.notebookOrder)
    }

    @Test func theFeedbackListsMissingKeysInTheSameOrder() {
        #expect(Self.compare(.dict([:])).mismatches.map(\.kind) == [.missingKeys(Self.notebookOrder)])
    }

    @Test func theFeedbackWalksTheEntriesInTheSameOrder() {
        guard case .dict(let entries) = Value.dropoutCache(Self.cache) else {
            Issue.record("a dropout cache is not a dictionary")
            return
        }
        let wrong = entries.mapValues { value -> Value in
            guard case .matrix(let matrix) = value else { return .mask(Matrix(scalar: 7)) }
            return .matrix(matrix + 100)
        }
        #expect(Self.compare(.dict(wrong)).mismatches.compactMap(\.path.lastKey) == Self.notebookOrder)
    }
}
