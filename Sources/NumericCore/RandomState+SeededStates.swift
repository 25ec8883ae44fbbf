#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension RandomState {
    /// The stream of the last seed seeded: the notebooks reseed with the same seed in every call of
    /// some functions (`np.random.seed(1)` opens `forward_propagation_with_dropout`, which a training
    /// calls every step), so every step draws the same words again. One entry, shared by every thread
    /// behind a lock.
    final class SeededStates: @unchecked Sendable {
        /// The one cache of the process.
        static let shared = SeededStates()

        private let lock: UnsafeMutablePointer<pthread_mutex_t>
        private var last: SeededStream?

        private init() {
            lock = .allocate(capacity: 1)
            lock.initialize(to: pthread_mutex_t())
            pthread_mutex_init(lock, nil)
        }

        /// The stream `seed` starts: the kept one when `seed` was the last seed, else a new one, kept in
        /// its place.
        func stream(seed: UInt32) -> SeededStream {
            pthread_mutex_lock(lock)
            defer { pthread_mutex_unlock(lock) }
            if let last, last.seed == seed { return last }
            let stream = SeededStream(seed: seed)
            last = stream
            return stream
        }
    }

    /// The first ``capacity`` blocks of 624 words that one seed's generator draws, each kept twice: as
    /// MT19937's state after the block's twist (generators seeded with the seed draw from it instead of
    /// twisting their own), and as the 312 uniform doubles its words make in pairs (a `rand` matrix that
    /// starts at an even word copies them instead of tempering and combining words). The last few `rand`
    /// matrices drawn from it are kept too, and a generator that draws one again from the same word
    /// shares it (``keptDraws(at:count:)``): a notebook's step that seeds and then draws its dropout masks
    /// gets the same draws every step.
    ///
    /// Blocks are published in order, by the first generator to reach each one, under the stream's lock,
    /// and never change after: a generator that has entered block `b` through ``enter(block:)`` (or
    /// block 0 through ``RandomState/seed(_:)``) reads it without the lock. The stream is freed with the
    /// last generator and cache entry that hold it.
    final class SeededStream: @unchecked Sendable {
        /// Blocks kept at most: 19,968 words, 160 KB.
        static let capacity = 32
        private static let blockBytes = RandomState.stateSize * (MemoryLayout<UInt32>.size + MemoryLayout<Double>.size / 2)

        /// The seed whose stream this is.
        let seed: UInt32
        private let lock: UnsafeMutablePointer<pthread_mutex_t>
        private let blocks: UnsafeMutablePointer<UnsafeMutableRawPointer?>
        private var published = 0

        /// The stream of `seed`, with its first block (seeding, then one twist) published.
        init(seed: UInt32) {
            self.seed = seed
            lock = .allocate(capacity: 1)
            lock.initialize(to: pthread_mutex_t())
            pthread_mutex_init(lock, nil)
            blocks = .allocate(capacity: Self.capacity)
            blocks.initialize(repeating: nil, count: Self.capacity)
            // Not yet shared: published without the lock (the cache hands it out under its own).
            publish { key in
                var value = seed
                for index in 0..<RandomState.stateSize {
                    key[index] = value
                    value = 1_812_433_253 &* (value ^ (value >> 30)) &+ UInt32(index + 1)
                }
                RandomState.twist(key)
            }
        }

        deinit {
            for index in 0..<published { blocks[index]!.deallocate() }
            blocks.deallocate()
            pthread_mutex_destroy(lock)
            lock.deallocate()
        }

        /// The state of `block`, the block after one this thread has entered: kept when published, else
        /// twisted from the block before it and published. Nil for a block past ``capacity``.
        func enter(block: Int) -> UnsafePointer<UInt32>? {
            guard block < Self.capacity else { return nil }
            pthread_mutex_lock(lock)
            defer { pthread_mutex_unlock(lock) }
            if block == published {
                let previous = words(block - 1)
                publish { key in
                    key.update(from: previous, count: RandomState.stateSize)
                    RandomState.twist(key)
                }
            }
            return words(block)
        }

        /// The state of `block`, entered by this thread (see the type's comment).
        func words(_ block: Int) -> UnsafePointer<UInt32> {
            UnsafePointer(blocks[block]!.assumingMemoryBound(to: UInt32.self))
        }

        /// The 312 uniform doubles of `block`'s words `2i`, `2i + 1`, entered by this thread.
        func uniforms(_ block: Int) -> UnsafePointer<Double> {
            UnsafePointer((blocks[block]! + RandomState.stateSize * MemoryLayout<UInt32>.size).assumingMemoryBound(to: Double.self))
        }

        /// Matrices of draws kept at most: a notebook's step draws one or two after its seed.
        static let keptMatrices = 4

        /// The `rand` draws kept by ``keep(_:at:)``, newest last.
        private var kept: [(word: Int, draws: [Double])] = []

        /// The `count` uniform doubles drawn from word `word` of the stream on, when a generator drew
        /// exactly those before and ``keep(_:at:)`` kept them; every block they span is published.
        func keptDraws(at word: Int, count: Int) -> [Double]? {
            pthread_mutex_lock(lock)
            defer { pthread_mutex_unlock(lock) }
            return kept.last { $0.word == word && $0.draws.count == count }?.draws
        }

        /// Keeps `draws`, the uniform doubles a generator drew from word `word` of the stream on, when
        /// they lie within the kept blocks and are many enough to be worth sharing; the oldest kept
        /// draws make room.
        func keep(_ draws: [Double], at word: Int) {
            guard draws.count >= 64, word + 2 * draws.count <= Self.capacity * RandomState.stateSize else { return }
            pthread_mutex_lock(lock)
            defer { pthread_mutex_unlock(lock) }
            guard !kept.contains(where: { $0.word == word && $0.draws.count == draws.count }) else { return }
            if kept.count == Self.keptMatrices { kept.removeFirst() }
            kept.append((word, draws))
        }

        /// Keeps the state `make` writes as the next block, with its uniform doubles; the lock is held.
        private func publish(_ make: (UnsafeMutablePointer<UInt32>) -> Void) {
            let storage = UnsafeMutableRawPointer.allocate(byteCount: Self.blockBytes, alignment: 16)
            let key = storage.bindMemory(to: UInt32.self, capacity: RandomState.stateSize)
            make(key)
            let uniforms = (storage + RandomState.stateSize * MemoryLayout<UInt32>.size)
                .bindMemory(to: Double.self, capacity: RandomState.stateSize / 2)
            WordStream.uniforms(RandomState.stateSize / 2, from: key, into: uniforms)
            blocks[published] = storage
            published += 1
        }
    }
}
