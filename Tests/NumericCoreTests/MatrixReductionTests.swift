import NumericCore
import Testing

/// Sums, means and norms against numpy, bit for bit where numpy's summation order is reproduced.
@Suite struct MatrixReductionTests {
    struct Sums: Decodable {
        struct Length: Decodable {
            let seed: UInt32
            let shape: [Int]
            let sum: HexDouble
            let mean: HexDouble
        }
        struct Shape: Decodable {
            let seed: UInt32
            let shape: [Int]
            let sum, mean, nansumAbove1, norm, max, min: HexDouble
            let sumAxis0, sumAxis1, meanAxis0, meanAxis1: [HexDouble]
        }
        let lengths: [Length]
        let lengthsWherePairwiseDiffersFromSequential: Int
        let shapes: [Shape]
    }

    let sums: Sums

    init() throws {
        sums = try Vectors.json(Sums.self, "sums.json")
    }

    private static func draw(_ seed: UInt32, _ shape: [Int]) -> Matrix {
        var random = RandomState(seed: seed)
        return random.randn(shape[0], shape[1])
    }

    /// Lengths 1…1000 and up to 100,000: `sum()` is numpy's pairwise summation, bit for bit.
    @Test func sumIsBitIdenticalToNumpyForEveryLength() {
        #expect(sums.lengths.count > 1000)
        // The vectors discriminate: for most lengths a sequential sum would give other bits.
        #expect(sums.lengthsWherePairwiseDiffersFromSequential > sums.lengths.count / 2)
        var failures: [String] = []
        for entry in sums.lengths {
            let x = Self.draw(entry.seed, entry.shape)
            if x.sum().bitPattern != entry.sum.value.bitPattern {
                failures.append("n=\(x.count): sum \(x.sum()) vs numpy \(entry.sum.value)")
            }
            if x.mean().bitPattern != entry.mean.value.bitPattern {
                failures.append("n=\(x.count): mean \(x.mean()) vs numpy \(entry.mean.value)")
            }
            // The flattened sum does not depend on the shape.
            if x.reshaped(x.count, 1).sum().bitPattern != entry.sum.value.bitPattern {
                failures.append("n=\(x.count): sum of the column vector differs")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) mismatches, first: \(failures.first ?? "")")
    }

    @Test func axisSumsAndMeansAreBitIdenticalToNumpy() {
        #expect(!sums.shapes.isEmpty)
        for entry in sums.shapes {
            let x = Self.draw(entry.seed, entry.shape)
            let label = "shape \(entry.shape)"
            expectBits(x.sum(axis: 0), entry.sumAxis0, rows: 1, columns: x.columns, "\(label) sum(axis: 0)")
            expectBits(x.sum(axis: 1), entry.sumAxis1, rows: x.rows, columns: 1, "\(label) sum(axis: 1)")
            expectBits(x.mean(axis: 0), entry.meanAxis0, rows: 1, columns: x.columns, "\(label) mean(axis: 0)")
            expectBits(x.mean(axis: 1), entry.meanAxis1, rows: x.rows, columns: 1, "\(label) mean(axis: 1)")
            #expect(x.sum().bitPattern == entry.sum.value.bitPattern, "\(label) sum")
            #expect(x.mean().bitPattern == entry.mean.value.bitPattern, "\(label) mean")
            #expect(x.max().bitPattern == entry.max.value.bitPattern, "\(label) max")
            #expect(x.min().bitPattern == entry.min.value.bitPattern, "\(label) min")
        }
    }

    @Test func nansumIgnoresNaNLikeNumpy() {
        for entry in sums.shapes {
            let x = Self.draw(entry.seed, entry.shape).map { $0 > 1.0 ? .nan : $0 }
            #expect(x.nansum().bitPattern == entry.nansumAbove1.value.bitPattern, "shape \(entry.shape)")
            if x.storage.contains(where: \.isNaN) {
                #expect(x.sum().isNaN)
                #expect(x.max().isNaN && x.min().isNaN)
                #expect(!x.isFinite)
            }
        }
    }

    /// numpy's norm goes through BLAS `ddot`; ours sums squares pairwise. Documented agreement: 1e-14.
    @Test func normAgreesWithNumpyWithinDocumentedTolerance() {
        for entry in sums.shapes {
            let x = Self.draw(entry.seed, entry.shape)
            let expected = entry.norm.value
            #expect(abs(x.norm() - expected) <= 1e-14 * expected, "shape \(entry.shape): \(x.norm()) vs \(expected)")
        }
    }

    private func expectBits(
        _ actual: Matrix, _ expected: [HexDouble], rows: Int, columns: Int, _ what: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(actual.shape == MatrixShape(rows: rows, columns: columns), "\(what) shape", sourceLocation: sourceLocation)
        if let index = firstBitMismatch(actual.storage, expected.map(\.value)) {
            Issue.record(mismatchMessage(what, actual.storage, expected.map(\.value), at: index),
                         sourceLocation: sourceLocation)
        }
    }
}
