import Grader
import Testing

@Suite struct SHA256Tests {
    let vectors = ComparisonVectors.shared.sha256

    @Test func standardMessagesAndPaddingBoundaries() {
        #expect(vectors.bytes.count >= 12)
        for vector in vectors.bytes {
            var hasher = SHA256()
            hasher.update(vector.bytes)
            #expect(hasher.hexDigest == vector.sha256, "\(vector.name)")
        }
    }

    @Test func messagesFedInPiecesHashAsAWhole() {
        for vector in vectors.bytes where vector.bytes.count > 3 {
            let bytes = vector.bytes
            var hasher = SHA256()
            for piece in stride(from: 0, to: bytes.count, by: 7) {
                hasher.update(Array(bytes[piece..<min(piece + 7, bytes.count)]))
            }
            #expect(hasher.hexDigest == vector.sha256, "\(vector.name) in pieces of 7")
        }
    }

    @Test func oneMillionRepeatedBytes() {
        for vector in vectors.repeated {
            var hasher = SHA256()
            let chunk = [UInt8](repeating: Array(vector.repeat.utf8)[0], count: 1000)
            for _ in 0..<(vector.count / 1000) { hasher.update(chunk) }
            #expect(hasher.hexDigest == vector.sha256, "\(vector.name)")
        }
    }

    @Test func float64MatricesHashTheirLittleEndianRowMajorBytes() {
        #expect(vectors.float64.count >= 3)
        for vector in vectors.float64 {
            #expect(SHA256.hexDigest(float64LittleEndian: vector.matrix.storage) == vector.sha256, "shape \(vector.shape)")
        }
    }

    @Test func digestCanBeReadBeforeMoreBytesArrive() {
        let vector = vectors.bytes.first { $0.name == "448 bits" }!
        let bytes = vector.bytes
        var hasher = SHA256()
        hasher.update(Array(bytes.prefix(10)))
        let early = hasher.hexDigest
        hasher.update(Array(bytes.dropFirst(10)))
        #expect(early != vector.sha256)
        #expect(hasher.hexDigest == vector.sha256)
    }
}
