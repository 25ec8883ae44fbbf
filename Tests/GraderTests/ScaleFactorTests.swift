import Fixtures
import NumericCore
import Testing

@testable import Grader

@Suite struct ScaleFactorTests {
    @Test func aMissingHeScaleIsNamedAsRootTwo() throws {
        let expected = Value.matrix(Matrix([[1.5, -2], [0, 0.25]]))
        let actual = Value.matrix(Matrix([[1.5, -2], [0, 0.25]]) * (1 / 2.0.squareRoot()))
        let factor = try #require(ScaleFactor.common(expected: expected, actual: actual))
        #expect(ScaleFactor.sentence(factor).hasPrefix("every value is the expected one times 1/√2 (0.7071"))
    }

    @Test func unrelatedOrRightValuesHaveNoFactor() {
        let expected = Value.matrix(Matrix([[1, 2], [3, 4]]))
        #expect(ScaleFactor.common(expected: expected, actual: .matrix(Matrix([[2, 4], [6, 9]]))) == nil)
        #expect(ScaleFactor.common(expected: expected, actual: expected) == nil)
        #expect(ScaleFactor.common(expected: .matrix(Matrix([[0, 1]])), actual: .matrix(Matrix([[1, 2]]))) == nil)
    }
}
