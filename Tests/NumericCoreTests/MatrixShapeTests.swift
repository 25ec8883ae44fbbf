import Foundation
import NumericCore
import Testing

@Suite struct MatrixShapeTests {
    @Test func aShapePrintsAsNumpyPrintsOne() {
        #expect("\(MatrixShape(rows: 2, columns: 3))" == "(2, 3)")
        #expect("\(Matrix.zeros(4, 1).shape)" == "(4, 1)")
    }

    @Test func aShapeCountsItsElements() {
        #expect(MatrixShape(rows: 2, columns: 3).count == 6 && MatrixShape(rows: 0, columns: 5).count == 0)
    }

    @Test func aMatrixMadeFromAShapeHasIt() {
        let shape = MatrixShape(rows: 2, columns: 3)
        let matrix = Matrix(shape: shape, data: [1, 2, 3, 4, 5, 6])
        #expect(matrix.shape == shape && matrix[1, 0] == 4)
    }

    @Test func aShapeSurvivesJSON() throws {
        let shape = MatrixShape(rows: 12288, columns: 148)
        #expect(try JSONDecoder().decode(MatrixShape.self, from: JSONEncoder().encode(shape)) == shape)
    }
}
