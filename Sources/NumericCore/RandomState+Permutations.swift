extension RandomState {
    /// A uniform integer in `0 ... max`, numpy's `random_interval` (the bounded draw of its shuffles).
    ///
    /// Rejection sampling: `mask` is `max` with every bit below its top bit set; draw
    /// `nextUInt32() & mask` until the value is at most `max`. `max == 0` returns 0 and draws nothing.
    public mutating func randomInterval(_ max: UInt32) -> UInt32 {
        if max == 0 { return 0 }
        var mask = max
        mask |= mask >> 1
        mask |= mask >> 2
        mask |= mask >> 4
        mask |= mask >> 8
        mask |= mask >> 16
        var value: UInt32
        repeat { value = nextUInt32() & mask } while value > max
        return value
    }

    /// Shuffles `array` in place exactly as numpy's legacy `RandomState.shuffle` does a 1-D array or list.
    ///
    /// Fisher–Yates from the end: for `i = n − 1` down to 1, `j = randomInterval(i)`, swap elements `i`
    /// and `j`. Arrays of fewer than two elements draw nothing.
    ///
    /// - Precondition: `array.count <= 2³²`.
    public mutating func shuffle<T>(_ array: inout [T]) {
        precondition(array.count <= Int(UInt32.max) + 1, "shuffle supports at most 2^32 elements")
        var i = array.count - 1
        while i >= 1 {
            let j = Int(randomInterval(UInt32(i)))
            array.swapAt(i, j)
            i -= 1
        }
    }

    /// A random permutation of `0 ..< n`, like `np.random.permutation(n)`: `[0, 1, …, n−1]` put through
    /// ``shuffle(_:)``.
    ///
    /// - Precondition: `0 <= n <= 2³²`.
    public mutating func permutation(_ n: Int) -> [Int] {
        precondition(n >= 0, "permutation of a negative length \(n)")
        var values = Array(0..<n)
        shuffle(&values)
        return values
    }
}
