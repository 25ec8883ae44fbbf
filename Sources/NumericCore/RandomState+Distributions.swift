#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

extension RandomState {
    /// A uniform double in [0, 1), like `np.random.rand()` / `random_sample()`.
    ///
    /// Consumes two 32-bit words `a`, `b` and returns `((a >> 5) · 2²⁶ + (b >> 6)) / 2⁵³`: 53 random bits.
    /// Does not touch the Gaussian that ``randn()`` may have cached.
    public mutating func rand() -> Double {
        let a = nextUInt32()
        return WordStream.uniform(a, nextUInt32())
    }

    /// A standard normal double, like `np.random.randn()` (numpy's `legacy_gauss`).
    ///
    /// Marsaglia's polar method: if a Gaussian is cached, return it and clear the cache; otherwise draw
    /// `x₁ = 2·rand() − 1`, `x₂ = 2·rand() − 1` until `0 < r² = x₁² + x₂² < 1`, let
    /// `f = sqrt(−2·log(r²)/r²)`, cache `f·x₁` and return `f·x₂`. So draws come in pairs sharing
    /// ``rand()``'s stream; ``seed(_:)`` clears the cache, ``rand()`` leaves it alone. `log` is the C
    /// library's, as in numpy.
    public mutating func randn() -> Double {
        if let cached = cachedGaussian {
            cachedGaussian = nil
            return cached
        }
        var x1: Double, x2: Double, r2: Double
        repeat {
            x1 = 2.0 * rand() - 1.0
            x2 = 2.0 * rand() - 1.0
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1.0 || r2 == 0.0
        let f = (-2.0 * log(r2) / r2).squareRoot()
        cachedGaussian = f * x1
        return f * x2
    }

    /// A `(rows, columns)` matrix of ``rand()`` draws, like `np.random.rand(rows, columns)`.
    ///
    /// Filled in row-major order: row 0 first, `rows · columns` consecutive draws.
    ///
    /// Right after a seed, or wherever in its kept stream a matrix of the same size was drawn before, the
    /// kept draws are shared instead of drawn again (``SeededStream/keptDraws(at:count:)``).
    public mutating func rand(_ rows: Int, _ columns: Int) -> Matrix {
        require(rows >= 0 && columns >= 0, "negative dimensions are not allowed: (\(rows), \(columns))")
        let count = rows * columns
        let start = seededPosition
        if let start, let kept = start.stream.keptDraws(at: start.word, count: count) {
            withWordStream { words in words.skip(2 * count) }
            return Matrix(rows: rows, columns: columns, data: kept)
        }
        let data = [Double](count: count) { result in
            withWordStream { words in words.fill(result) }
        }
        // Kept only when they lie within the kept blocks, where the generator is still in the stream.
        if let start { start.stream.keep(data, at: start.word) }
        return Matrix(rows: rows, columns: columns, data: data)
    }

    /// A `(rows, columns)` matrix of ``randn()`` draws, like `np.random.randn(rows, columns)`.
    ///
    /// Filled in row-major order: row 0 first, `rows · columns` consecutive draws (the first one may be
    /// a Gaussian cached by an earlier call, and the last may leave one cached).
    public mutating func randn(_ rows: Int, _ columns: Int) -> Matrix {
        filled(rows, columns) { $0.randn() }
    }

    private mutating func filled(_ rows: Int, _ columns: Int, _ draw: (inout RandomState) -> Double) -> Matrix {
        require(rows >= 0 && columns >= 0, "negative dimensions are not allowed: (\(rows), \(columns))")
        let data = [Double](count: rows * columns) { draws in
            for index in draws.indices { draws[index] = draw(&self) }
        }
        return Matrix(rows: rows, columns: columns, data: data)
    }
}
