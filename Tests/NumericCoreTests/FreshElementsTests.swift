@testable import NumericCore
import Testing

/// Arrays allocated the way an array literal is (`[Double](count:writtenBy:)`): they hold what was
/// written, behave as any other array afterwards, and an empty one equals `[]`.
@Suite struct FreshElementsTests {
    @Test func holdsEveryElementWritten() {
        let squares = [Double](count: 9) { elements in
            for index in elements.indices { elements[index] = Double(index * index) }
        }
        #expect(squares == [0, 1, 4, 9, 16, 25, 36, 49, 64])
        #expect(squares.capacity >= 9)
    }

    @Test func emptyIsAnOrdinaryEmptyArray() {
        var calls = 0
        let empty = [Double](count: 0) { elements in
            calls += 1
            #expect(elements.isEmpty)
        }
        #expect(empty.isEmpty && calls == 1)
        #expect(empty == [])
    }

    /// A copy that is changed gets storage of its own: the first array keeps its elements, and appending
    /// grows the copy past the count it was allocated with.
    @Test func copiesAreIndependentAndGrow() {
        let original = [Double](count: 4) { $0.initialize(repeating: 2.5) }
        var copy = original
        copy[0] = -1
        copy.append(contentsOf: [7, 8, 9])
        #expect(original == [2.5, 2.5, 2.5, 2.5])
        #expect(copy == [-1, 2.5, 2.5, 2.5, 7, 8, 9])
    }
}
