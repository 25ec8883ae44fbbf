import Fixtures
import NumericCore
import Testing

@Test func digestReportsItselfAsAMatrix() {
    let digest = MatrixDigest(rows: 1, columns: 1, sha256: "", firstRow: [0])
    #expect(Value.digest(digest).kindName == "matrix")
    #expect(Value.mask(Matrix(rows: 1, columns: 1, data: [1])).kindName == "mask")
}
