import NumericCore
import Testing

/// `description` against numpy's `str(arr)`.
@Suite struct MatrixPrintingTests {
    struct Printing: Decodable {
        struct Case: Decodable {
            let shape: [Int]
            let data: [HexDouble]?
            let seed: UInt32?
            let draw: String?
            let scale: HexDouble?
            let str: String
        }
        let cases: [Case]
    }

    @Test func descriptionMatchesNumpyStr() throws {
        let cases = try Vectors.json(Printing.self, "printing.json").cases
        #expect(cases.count > 100)
        var failures: [String] = []
        for entry in cases {
            let matrix: Matrix
            if let data = entry.data {
                matrix = Matrix(rows: entry.shape[0], columns: entry.shape[1], data: data.map(\.value))
            } else {
                var random = RandomState(seed: entry.seed!)
                let drawn = entry.draw == "rand"
                    ? random.rand(entry.shape[0], entry.shape[1]) : random.randn(entry.shape[0], entry.shape[1])
                matrix = drawn * entry.scale!.value
            }
            if matrix.description != entry.str {
                failures.append("shape \(entry.shape):\n\(matrix.description)\nnumpy:\n\(entry.str)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(cases.count) differ; first:\n\(failures.first ?? "")")
    }
}
