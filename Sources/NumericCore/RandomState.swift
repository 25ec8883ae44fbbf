/// numpy's legacy random generator, `np.random.RandomState` (and the `np.random.seed` /
/// `np.random.randn` module functions), reproduced bit for bit.
///
/// The core is the 32-bit Mersenne Twister MT19937 exactly as numpy seeds and runs it; the draws built on
/// it (``rand()``, ``randn()``, ``permutation(_:)``, ``shuffle(_:)``) follow numpy's legacy algorithms,
/// so the same seed and the same sequence of calls give the same doubles and integers as numpy, including
/// the Gaussian that ``randn()`` caches between calls. Checked draw by draw against numpy-made vectors in
/// `Tests/NumericCoreTests/Vectors`.
///
/// ```swift
/// var random = RandomState(seed: 1)      // np.random.seed(1)
/// let W1 = random.randn(2, 3)           // np.random.randn(2, 3)
/// ```
///
/// It is a value: copying a `RandomState` copies the whole generator state, and the copies then draw
/// independently (the same numbers).
public struct RandomState: Sendable {
    /// MT19937's 624 words of state (numpy's `key`) once the generator has drawn past the blocks its
    /// seed's stream keeps (``SeededStream``); until then the state is the stream's block `block`.
    private var key: [UInt32]
    /// Index of the next word to temper; 624 means "twist before the next draw" (numpy's `pos`).
    private var position: Int
    /// The second Gaussian of the last polar-method pair, waiting for the next ``randn()``.
    var cachedGaussian: Double?
    /// The kept stream of the seed this generator was seeded with (``SeededStream``), while `block` is
    /// one it keeps.
    private var seeded: SeededStream?
    /// How many twists since seeding made the state: the stream's block while `seeded` is set.
    private var block: Int
    /// The words of that block, while `seeded` is set: what ``nextUInt32()`` reads without a call.
    private var blockWords = BlockWords()

    static let stateSize = 624
    private static let shift = 397
    private static let matrixA: UInt32 = 0x9908_b0df
    private static let upperMask: UInt32 = 0x8000_0000
    private static let lowerMask: UInt32 = 0x7fff_ffff

    /// A generator seeded like `np.random.seed(seed)` / `np.random.RandomState(seed)`.
    ///
    /// - Parameter seed: The integer seed, `0 ... 2³² − 1` (numpy refuses anything else).
    public init(seed: UInt32) {
        key = [UInt32](repeating: 0, count: Self.stateSize)
        position = 0
        block = 0
        self.seed(seed)
    }

    /// Reseeds, like `np.random.seed(s)`: MT19937's `init_genrand` and the cached Gaussian is cleared.
    ///
    /// `key[0] = s`, `key[i] = 1812433253 · (key[i−1] ⊕ (key[i−1] >> 30)) + i (mod 2³²)`; the first
    /// draw after seeding twists the whole state. Both are done once per seed, in the seed's kept stream
    /// (``SeededStates``), whose blocks this generator then reads: the words drawn are the same.
    public mutating func seed(_ s: UInt32) {
        let stream = SeededStates.shared.stream(seed: s)
        seeded = stream
        block = 0
        blockWords = BlockWords(pointer: stream.words(0))
        position = 0
        cachedGaussian = nil
    }

    /// The next 32-bit output of MT19937 (numpy's `mt19937_next32`, one word of the stream).
    ///
    /// Every other draw of this type consumes these words; the Gaussian cache is not touched.
    public mutating func nextUInt32() -> UInt32 {
        if position < Self.stateSize, let words = blockWords.pointer {
            position += 1
            return WordStream.tempered(words[position - 1])
        }
        return withWordStream { $0.next() }
    }

    /// Runs `body` with a stream of this generator's words that works on the state in place, for draws
    /// of many words at once; the words `body` takes are consumed exactly as ``nextUInt32()`` would
    /// consume them.
    @inline(__always)
    mutating func withWordStream<Result>(_ body: (inout WordStream) -> Result) -> Result {
        let (start, startBlock, words) = (position, block, blockWords.pointer)
        let stream = seeded.map { Unmanaged.passUnretained($0) }
        return key.withUnsafeMutableBufferPointer { key in
            var stream = WordStream(key: key.baseAddress!, words: words, position: start, seeded: stream, block: startBlock)
            defer {
                (position, block) = (stream.position, stream.block)
                if stream.seeded == nil { seeded = nil }
                blockWords = BlockWords(pointer: stream.seeded == nil ? nil : stream.words)
            }
            return body(&stream)
        }
    }

    /// While this generator draws from its seed's kept stream: the stream, and how many words the
    /// generator has drawn since it was seeded (where in the stream its next word is).
    var seededPosition: (stream: SeededStream, word: Int)? {
        seeded.map { ($0, block * Self.stateSize + position) }
    }

    /// A pointer to a seeded stream's block, which the stream keeps unchanged while it lives (see
    /// ``SeededStream``): sendable as the generator that holds the stream is.
    private struct BlockWords: @unchecked Sendable {
        var pointer: UnsafePointer<UInt32>?
    }

    /// Regenerates all 624 words of `key` (numpy's `mt19937_gen`).
    static func twist(_ key: UnsafeMutablePointer<UInt32>) {
        let (n, m) = (stateSize, shift)
        @inline(__always)
        func mixed(_ upper: UInt32, _ lower: UInt32, _ far: UInt32) -> UInt32 {
            let y = (upper & upperMask) | (lower & lowerMask)
            return far ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : matrixA)
        }
        for i in 0..<(n - m) { key[i] = mixed(key[i], key[i + 1], key[i + m]) }
        for i in (n - m)..<(n - 1) { key[i] = mixed(key[i], key[i + 1], key[i + m - n]) }
        key[n - 1] = mixed(key[n - 1], key[0], key[m - 1])
    }
}
