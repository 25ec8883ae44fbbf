import NumericCore
import Testing

@testable import Grader

@Suite struct StoredMatrixTests {
    @Test func aStoredMatrixGivesBackTheMatrixBitForBit() {
        let matrix = Matrix(rows: 2, columns: 2, data: [0.1, -0.0, .leastNonzeroMagnitude, 3e300])
        let stored = StoredMatrix(matrix)
        #expect(stored.shape == MatrixShape(rows: 2, columns: 2))
        #expect(stored.matrix.storage.map(\.bitPattern) == matrix.storage.map(\.bitPattern))
    }
}
