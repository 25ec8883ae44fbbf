import NumericCore
import Testing

@Test func matrixKeepsRowMajorData() {
    let m = Matrix(rows: 2, columns: 3, data: [1, 2, 3, 4, 5, 6])
    #expect(m.shape == (2, 3))
    #expect(m.storage[1 * 3 + 2] == 6)
}
