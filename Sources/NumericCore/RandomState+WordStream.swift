extension RandomState {
    /// MT19937's output words read straight from the generator's state, for loops that draw many
    /// words: no copy-on-write check or bounds check per word, and the whole state regenerated in one
    /// block when its 624 words are used up (or copied from the seed's kept stream, ``SeededStream``).
    /// Obtained from `withWordStream`.
    struct WordStream {
        /// The generator's own 624 words of state, used once it has left the seeded stream.
        let key: UnsafeMutablePointer<UInt32>
        /// The state whose words are drawn: the seeded stream's block while in it, else `key`.
        private(set) var words: UnsafePointer<UInt32>
        /// Index of the next word to temper; 624 means "twist before the next draw".
        var position: Int
        /// The kept stream of the seed the generator was seeded with, while `block` is one it keeps;
        /// the generator holds it for the stream's life.
        private(set) var seeded: Unmanaged<SeededStream>?
        /// How many twists since seeding made the state: the block of the seeded stream, from 0.
        var block: Int

        /// The words of the generator whose state is `key`, or the words of block `block` of `seeded`,
        /// from `position`.
        init(key: UnsafeMutablePointer<UInt32>, words: UnsafePointer<UInt32>?, position: Int, seeded: Unmanaged<SeededStream>?, block: Int) {
            self.key = key
            self.words = words ?? UnsafePointer(key)
            self.position = position
            self.seeded = seeded
            self.block = block
        }

        /// The next 32-bit output, the same as ``RandomState/nextUInt32()``.
        @inline(__always)
        mutating func next() -> UInt32 {
            if position == RandomState.stateSize { enterNextBlock() }
            let word = words[position]
            position += 1
            return Self.tempered(word)
        }

        /// Regenerates the state for the next 624 words: the seeded stream's next block while it keeps
        /// it; past the blocks it keeps, the generator's own state, copied from the last block and
        /// twisted from then on.
        private mutating func enterNextBlock() {
            block += 1
            if let next = seeded?._withUnsafeGuaranteedRef({ $0.enter(block: block) }) {
                words = next
            } else {
                if seeded != nil {
                    key.update(from: words, count: RandomState.stateSize)
                    seeded = nil
                }
                RandomState.twist(key)
                words = UnsafePointer(key)
            }
            position = 0
        }

        /// Consumes `count` words without tempering them: the state is where `count` draws of
        /// ``next()`` would leave it.
        mutating func skip(_ count: Int) {
            var left = count
            while left > 0 {
                if position == RandomState.stateSize { enterNextBlock() }
                let step = Swift.min(left, RandomState.stateSize - position)
                position += step
                left -= step
            }
        }

        /// A uniform double in [0, 1) from the next two words, as ``RandomState/rand()``.
        @inline(__always)
        mutating func nextDouble() -> Double {
            Self.uniform(next(), next())
        }

        /// Fills `result` with ``nextDouble()`` draws, in order. Between twists the pairs of words are
        /// read without a check per word, or copied as doubles from the seeded stream when they start at
        /// an even word of a block it keeps; a pair that straddles a twist is drawn one word at a time.
        mutating func fill(_ result: UnsafeMutableBufferPointer<Double>) {
            var index = 0
            while index < result.count {
                let pairs = Swift.min(result.count - index, (RandomState.stateSize - position) / 2)
                if pairs == 0 {
                    result[index] = nextDouble()
                    index += 1
                    continue
                }
                if let stream = seeded, position % 2 == 0 {
                    let uniforms = stream._withUnsafeGuaranteedRef { $0.uniforms(block) }
                    (result.baseAddress! + index).update(from: uniforms + position / 2, count: pairs)
                } else {
                    Self.uniforms(pairs, from: words + position, into: result.baseAddress! + index)
                }
                position += 2 * pairs
                index += pairs
            }
        }

        /// `result[i]` = the uniform double of words `2i` and `2i + 1` from `words`, for `i` in `0..<pairs`.
        @inline(__always)
        static func uniforms(_ pairs: Int, from words: UnsafePointer<UInt32>, into result: UnsafeMutablePointer<Double>) {
            let words = UnsafeRawPointer(words)
            var pair = 0
            while pair + 8 <= pairs {
                let tempered = tempered(words.loadUnaligned(fromByteOffset: pair * 8, as: SIMD16<UInt32>.self))
                let uniforms = uniform(tempered.evenHalf, tempered.oddHalf)
                UnsafeMutableRawPointer(result + pair).storeBytes(of: uniforms, as: SIMD8<Double>.self)
                pair += 8
            }
            while pair < pairs {
                let a = words.load(fromByteOffset: pair * 8, as: UInt32.self)
                let b = words.load(fromByteOffset: pair * 8 + 4, as: UInt32.self)
                result[pair] = uniform(tempered(a), tempered(b))
                pair += 1
            }
        }

        /// MT19937's tempering of one word of state into an output word.
        @inline(__always)
        static func tempered(_ word: UInt32) -> UInt32 {
            var y = word
            y ^= y >> 11
            y ^= (y << 7) & 0x9d2c_5680
            y ^= (y << 15) & 0xefc6_0000
            y ^= y >> 18
            return y
        }

        /// ``tempered(_:)`` of sixteen words at once.
        @inline(__always)
        private static func tempered(_ words: SIMD16<UInt32>) -> SIMD16<UInt32> {
            var y = words
            y ^= y &>> 11
            y ^= (y &<< 7) & 0x9d2c_5680
            y ^= (y &<< 15) & 0xefc6_0000
            y ^= y &>> 18
            return y
        }

        /// ``uniform(_:_:)`` of eight pairs at once; the shifted words fit in 27 bits, so they convert
        /// to doubles exactly through `Int32`.
        @inline(__always)
        private static func uniform(_ a: SIMD8<UInt32>, _ b: SIMD8<UInt32>) -> SIMD8<Double> {
            let high = SIMD8<Double>(SIMD8<Int32>(truncatingIfNeeded: a &>> 5))
            let low = SIMD8<Double>(SIMD8<Int32>(truncatingIfNeeded: b &>> 6))
            return (high * 67_108_864.0 + low) / 9_007_199_254_740_992.0
        }

        /// numpy's 53-bit double from two output words `a`, `b`: `((a >> 5) · 2²⁶ + (b >> 6)) / 2⁵³`.
        @inline(__always)
        static func uniform(_ a: UInt32, _ b: UInt32) -> Double {
            (Double(a >> 5) * 67_108_864.0 + Double(b >> 6)) / 9_007_199_254_740_992.0
        }
    }
}
