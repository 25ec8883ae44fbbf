import Foundation
import NumericCore
import Testing

/// Every draw of the numpy-made streams, bit for bit.
@Suite struct RandomStateTests {
    struct Manifest: Decodable {
        struct Stream: Decodable {
            let file: String
            let seed: UInt32
            let kind: String
            let count: Int
        }
        struct PermutationFile: Decodable {
            let file: String
            let seed: UInt32
            let reseedEach: Bool
            let lengths: [Int]
        }
        struct Shuffle: Decodable {
            let seed: UInt32
            let lengths: [Int]
            let list: Bool
            let results: [[Int]]
            let after: HexDouble
        }
        struct Checkpoint: Decodable {
            let seed: UInt32
            let kind: String
            let values: [HexDouble]?
            let n: Int?
            let prefix: [Int]?
        }
        let streams: [Stream]
        let mixedPattern: String
        let permutations: [PermutationFile]
        let shuffles: [Shuffle]
        let checkpoints: [Checkpoint]
    }

    let manifest: Manifest

    init() throws {
        manifest = try Vectors.json(Manifest.self, "manifest.json")
    }

    @Test func uint32StreamsMatchNumpy() throws {
        let streams = manifest.streams.filter { $0.kind == "uint32" }
        #expect(!streams.isEmpty)
        for stream in streams {
            let expected = try Vectors.uint32s(stream.file)
            #expect(expected.count == stream.count)
            var random = RandomState(seed: stream.seed)
            let actual = (0..<expected.count).map { _ in random.nextUInt32() }
            let mismatch = firstMismatch(actual, expected)
            #expect(mismatch == nil, "seed \(stream.seed) nextUInt32: first mismatch at index \(mismatch ?? -1)")
        }
    }

    @Test(arguments: ["rand", "randn"])
    func scalarStreamsMatchNumpy(kind: String) throws {
        let streams = manifest.streams.filter { $0.kind == kind }
        #expect(!streams.isEmpty)
        for stream in streams {
            let expected = try Vectors.doubles(stream.file)
            #expect(expected.count == stream.count)
            var random = RandomState(seed: stream.seed)
            let actual = (0..<expected.count).map { _ in kind == "rand" ? random.rand() : random.randn() }
            if let index = firstBitMismatch(actual, expected) {
                Issue.record(mismatchMessage("seed \(stream.seed) \(kind)", actual, expected, at: index))
            }
        }
    }

    /// randn/rand/matrix draws and reseeds interleaved, starting with a cached Gaussian pending.
    @Test func interleavedStreamsMatchNumpy() throws {
        let streams = manifest.streams.filter { $0.kind == "mixed" }
        #expect(!streams.isEmpty)
        let tokens = manifest.mixedPattern.split(separator: " ")
        for stream in streams {
            let expected = try Vectors.doubles(stream.file)
            var random = RandomState(seed: stream.seed)
            var actual: [Double] = []
            for token in tokens {
                switch token.first {
                case "n": actual.append(random.randn())
                case "u": actual.append(random.rand())
                case "s": random.seed(stream.seed)
                case "N", "U":
                    let size = token.dropFirst().split(separator: "x").map { Int($0)! }
                    let block = token.first == "N" ? random.randn(size[0], size[1]) : random.rand(size[0], size[1])
                    #expect(block.shape == MatrixShape(rows: size[0], columns: size[1]))
                    actual.append(contentsOf: block.storage)
                default: Issue.record("unknown token \(token)")
                }
            }
            if let index = firstBitMismatch(actual, expected) {
                Issue.record(mismatchMessage("seed \(stream.seed) interleaved", actual, expected, at: index))
            }
        }
    }

    @Test func permutationsMatchNumpy() throws {
        #expect(!manifest.permutations.isEmpty)
        for file in manifest.permutations {
            let expected = try Vectors.int32s(file.file)
            var random = RandomState(seed: file.seed)
            var actual: [Int] = []
            for n in file.lengths[0]...file.lengths[1] {
                if file.reseedEach { random.seed(file.seed) }
                let permutation = random.permutation(n)
                #expect(permutation.sorted() == Array(0..<n))
                actual.append(contentsOf: permutation)
            }
            let mismatch = firstMismatch(actual, expected)
            #expect(mismatch == nil, "\(file.file): first mismatch at entry \(mismatch ?? 0)")
        }
    }

    @Test func shufflesMatchNumpy() throws {
        #expect(!manifest.shuffles.isEmpty)
        for check in manifest.shuffles {
            var random = RandomState(seed: check.seed)
            for (n, expected) in zip(check.lengths, check.results) {
                var values = Array(0..<n)
                random.shuffle(&values)
                #expect(values == expected, "seed \(check.seed), shuffle of \(n) (list: \(check.list))")
            }
            #expect(random.rand().bitPattern == check.after.value.bitPattern, "stream position after shuffles")
        }
    }

    /// The checkpoints of the exercises spec, section 0 (confirmed against numpy by the generator).
    @Test func specCheckpoints() throws {
        #expect(manifest.checkpoints.count >= 6)
        for point in manifest.checkpoints {
            var random = RandomState(seed: point.seed)
            switch point.kind {
            case "randn", "rand":
                let expected = point.values!.map(\.value)
                let actual = expected.map { _ in point.kind == "randn" ? random.randn() : random.rand() }
                #expect(firstBitMismatch(actual, expected) == nil, "seed \(point.seed) \(point.kind): \(actual)")
            case "permutation":
                let prefix = point.prefix!
                #expect(Array(random.permutation(point.n!).prefix(prefix.count)) == prefix)
            default:
                Issue.record("unknown checkpoint kind \(point.kind)")
            }
        }
    }

    @Test func copiesDrawTheSameNumbersIndependently() {
        var original = RandomState(seed: 7)
        _ = original.randn()  // leaves a Gaussian cached
        var copy = original
        let fromOriginal = (0..<5).map { _ in original.randn() }
        let fromCopy = (0..<5).map { _ in copy.randn() }
        #expect(fromOriginal == fromCopy)
    }

    @Test func seedingClearsTheCachedGaussian() {
        var reseeded = RandomState(seed: 3)
        _ = reseeded.randn()
        reseeded.seed(3)
        var fresh = RandomState(seed: 3)
        #expect(reseeded.randn() == fresh.randn())
    }

    /// Generators seeded alike share the kept state until they draw: drawing from one, or seeding another
    /// seed in between, leaves what the next seeding with that seed draws unchanged.
    @Test func seedingAgainDrawsTheSameWordsWhateverCameBetween() {
        var first = RandomState(seed: 5)
        let drawn = (0..<2_000).map { _ in first.nextUInt32() }
        var other = RandomState(seed: 6)
        _ = (0..<700).map { _ in other.nextUInt32() }
        var again = RandomState(seed: 5)
        #expect((0..<2_000).map { _ in again.nextUInt32() } == drawn)
        other.seed(5)
        #expect((0..<2_000).map { _ in other.nextUInt32() } == drawn)
    }

    /// Draws that start at even and odd words, span blocks, and run past the blocks a seed's stream
    /// keeps, from generators that share the stream (one drawing ahead of the other, a copy, a reseed in
    /// between), each equal to an MT19937 that keeps nothing between generators.
    @Test func keptStreamsDrawWhatAPlainGeneratorDraws() {
        let seed: UInt32 = 9
        var plain = PlainMersenneTwister(seed: seed)
        var ahead = RandomState(seed: seed)
        #expect(firstMismatch(ahead.rand(7, 50).storage, (0..<350).map { _ in plain.uniform() }) == nil)
        #expect(ahead.nextUInt32() == plain.next())
        #expect(firstMismatch(ahead.rand(1, 311).storage, (0..<311).map { _ in plain.uniform() }) == nil)
        #expect(firstMismatch(ahead.rand(90, 250).storage, (0..<22_500).map { _ in plain.uniform() }) == nil)
        #expect(firstMismatch((0..<1_000).map { _ in ahead.nextUInt32() }, (0..<1_000).map { _ in plain.next() }) == nil)

        var behind = RandomState(seed: seed)
        var copy = behind
        var again = PlainMersenneTwister(seed: seed)
        let words = (0..<625).map { _ in again.next() }
        #expect(firstMismatch((0..<625).map { _ in behind.nextUInt32() }, words) == nil)
        #expect(firstMismatch(behind.rand(100, 120).storage, (0..<12_000).map { _ in again.uniform() }) == nil)
        #expect(firstMismatch((0..<625).map { _ in copy.nextUInt32() }, words) == nil)
        copy.seed(seed &+ 1)
        copy.seed(seed)
        #expect(firstMismatch((0..<625).map { _ in copy.nextUInt32() }, words) == nil)
    }

    /// A `rand` matrix drawn again from the same word of a seed's stream shares the kept draws, and
    /// leaves the generator where drawing them would: at even and odd words, ending inside a block and
    /// exactly at its end, and not kept past the stream's blocks.
    @Test func keptDrawsAreSharedAndLeaveTheGeneratorWhereDrawingWould() {
        let seed: UInt32 = 31
        for (skipped, shapes) in [(0, [(20, 211), (3, 211)]), (1, [(1, 311)]), (0, [(1, 312), (2, 300)]), (0, [(2, 50), (2, 50)]), (625, [(100, 120)])] {
            let first = RandomState(seed: seed)
            let second = first  // the same stream, whatever other seeds are seeded meanwhile
            var plain = PlainMersenneTwister(seed: seed)
            let words = (0..<skipped).map { _ in plain.next() }
            for generator in [0, 1] {
                var random = generator == 0 ? first : second
                var reference = plain
                #expect((0..<skipped).map { _ in random.nextUInt32() } == words)
                for (rows, columns) in shapes {
                    let matrix = random.rand(rows, columns)
                    let expected = (0..<rows * columns).map { _ in reference.uniform() }
                    #expect(firstMismatch(matrix.storage, expected) == nil, "(\(rows), \(columns)) after \(skipped) words")
                }
                #expect(firstMismatch((0..<700).map { _ in random.nextUInt32() }, (0..<700).map { _ in reference.next() }) == nil,
                        "the words after the draws, generator \(generator)")
            }
        }
        // Sharing: a second generator of the stream gets the very array the first one drew.
        var drawer = RandomState(seed: seed)
        var sharer = drawer
        let drawn = drawer.rand(20, 211).storage
        let shared = sharer.rand(20, 211).storage
        #expect(drawn.withUnsafeBufferPointer { $0.baseAddress } == shared.withUnsafeBufferPointer { $0.baseAddress })
        var beyond = RandomState(seed: seed)
        var beyondToo = beyond
        _ = (0..<625).map { _ in (beyond.nextUInt32(), beyondToo.nextUInt32()) }
        let far = beyond.rand(100, 120).storage, farToo = beyondToo.rand(100, 120).storage
        #expect(far == farToo && far.withUnsafeBufferPointer { $0.baseAddress } != farToo.withUnsafeBufferPointer { $0.baseAddress },
                "draws past the kept blocks are drawn, not kept")
    }

    /// Generators of one seed on several threads at once publish and read the kept blocks in turn.
    @Test func keptStreamsAreSharedSafelyAcrossThreads() {
        var plain = PlainMersenneTwister(seed: 21)
        let expected = (0..<15_000).map { _ in plain.uniform() }
        let lock = NSLock()
        nonisolated(unsafe) var results: [[Double]] = []
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            var random = RandomState(seed: 21)
            let drawn = random.rand(100, 150).storage
            lock.withLock { results.append(drawn) }
        }
        #expect(results.count == 4)
        for drawn in results { #expect(firstMismatch(drawn, expected) == nil) }
    }

    @Test func randomIntervalStaysInRange() {
        var random = RandomState(seed: 0)
        for bound: UInt32 in [0, 1, 2, 3, 5, 100, 1 << 31, UInt32.max] {
            for _ in 0..<200 { #expect(random.randomInterval(bound) <= bound) }
        }
    }
}

/// MT19937 as numpy seeds and runs it, one word at a time and nothing kept between generators: what the
/// generators that share a seed's kept stream must draw.
private struct PlainMersenneTwister {
    private var key = [UInt32](repeating: 0, count: 624)
    private var position = 624

    init(seed: UInt32) {
        key[0] = seed
        for index in 1..<624 { key[index] = 1_812_433_253 &* (key[index - 1] ^ (key[index - 1] >> 30)) &+ UInt32(index) }
    }

    mutating func next() -> UInt32 {
        if position == 624 {
            for index in 0..<624 {
                let y = (key[index] & 0x8000_0000) | (key[(index + 1) % 624] & 0x7fff_ffff)
                key[index] = key[(index + 397) % 624] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : 0x9908_b0df)
            }
            position = 0
        }
        var y = key[position]
        position += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        return y ^ (y >> 18)
    }

    mutating func uniform() -> Double {
        let a = next() >> 5, b = next() >> 6
        return (Double(a) * 67_108_864 + Double(b)) / 9_007_199_254_740_992
    }
}
