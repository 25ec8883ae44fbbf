extension Matrix {
    /// The columns at `indices`, in that order (repeats allowed), like numpy's `m[:, indices]`.
    ///
    /// `random_mini_batches` uses it to apply one permutation to `X` and `Y`.
    ///
    /// - Precondition: every index is in `0..<columns`.
    /// - Complexity: O(`rows · indices.count`), one allocation.
    public func columns(_ indices: [Int]) -> Matrix {
        for j in indices {
            require(j >= 0 && j < columns, "index \(j) is out of bounds for axis 1 with size \(columns)")
        }
        let (r, c, k) = (rows, columns, indices.count)
        let data = [Double](count: r * k) { result in
            withElements { source in
                indices.withUnsafeBufferPointer { picked in
                    for i in 0..<r {
                        for (position, j) in picked.enumerated() { result[i * k + position] = source[i * c + j] }
                    }
                }
            }
        }
        return Matrix(rows: r, columns: k, data: data)
    }

    /// The columns in `range`, like numpy's `m[:, a:b]`.
    ///
    /// - Precondition: `range` lies within `0...columns`.
    public func columns(_ range: Range<Int>) -> Matrix {
        require(
            range.lowerBound >= 0 && range.upperBound <= columns,
            "column range \(range.lowerBound)..<\(range.upperBound) is out of bounds for \(columns) columns"
        )
        let (r, c, k) = (rows, columns, range.count)
        let data = [Double](count: r * k) { result in
            withElements { source in
                for i in 0..<r {
                    for position in 0..<k { result[i * k + position] = source[i * c + range.lowerBound + position] }
                }
            }
        }
        return Matrix(rows: r, columns: k, data: data)
    }
}
