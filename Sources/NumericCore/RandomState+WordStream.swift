extension RandomState {
    /// MT19937's output words read straight from the generator's state, for loops that draw many
    /// words: no copy-on-write check or bounds check per word, and the whole state regenerated in one
    /// block when its 624 words are used up. Obtained from `withWordStream`.
    struct WordStream {
        /// The generator's 624 words of state.
        let key: UnsafeMutablePointer<UInt32>
        /// Index of the next word to temper; 624 means "twist before the next draw".
        var position: Int

        /// The next 32-bit output, the same as ``RandomState/nextUInt32()``.
        @inline(__always)
        mutating func next() -> UInt32 {
            if position == RandomState.stateSize {
                RandomState.twist(key)
                position = 0
            }
            let word = key[position]
            position += 1
            return Self.tempered(word)
        }

        /// A uniform double in [0, 1) from the next two words, as ``RandomState/rand()``.
        @inline(__always)
        mutating func nextDouble() -> Double {
            Self.uniform(next(), next())
        }

        /// Fills `result` with ``nextDouble()`` draws, in order. Between twists the pairs of words are
        /// read without a check per word; a pair that straddles a twist is drawn one word at a time.
        mutating func fill(_ result: UnsafeMutableBufferPointer<Double>) {
            var index = 0
            while index < result.count {
                let pairs = Swift.min(result.count - index, (RandomState.stateSize - position) / 2)
                if pairs == 0 {
                    result[index] = nextDouble()
                    index += 1
                    continue
                }
                let words = UnsafeRawPointer(key + position)
                var pair = 0
                while pair + 8 <= pairs {
                    let tempered = Self.tempered(words.loadUnaligned(fromByteOffset: pair * 8, as: SIMD16<UInt32>.self))
                    let uniforms = Self.uniform(tempered.evenHalf, tempered.oddHalf)
                    UnsafeMutableRawPointer(result.baseAddress! + index + pair).storeBytes(of: uniforms, as: SIMD8<Double>.self)
                    pair += 8
                }
                while pair < pairs {
                    let a = words.load(fromByteOffset: pair * 8, as: UInt32.self)
                    let b = words.load(fromByteOffset: pair * 8 + 4, as: UInt32.self)
                    result[index + pair] = Self.uniform(Self.tempered(a), Self.tempered(b))
                    pair += 1
                }
                position += 2 * pairs
                index += pairs
            }
        }

        /// MT19937's tempering of one word of state into an output word.
        @inline(__always)
        private static func tempered(_ word: UInt32) -> UInt32 {
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
        private static func uniform(_ a: UInt32, _ b: UInt32) -> Double {
            (Double(a >> 5) * 67_108_864.0 + Double(b >> 6)) / 9_007_199_254_740_992.0
        }
    }
}
