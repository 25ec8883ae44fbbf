extension Matrix {
    /// The same elements in a new shape, read and written in row-major order, like `arr.reshape(r, c)`.
    ///
    /// - Precondition: `rows * columns == count`.
    public func reshaped(_ rows: Int, _ columns: Int) -> Matrix {
        require(
            rows >= 0 && columns >= 0 && rows * columns == count,
            "cannot reshape array of size \(count) into shape (\(rows), \(columns))"
        )
        return Matrix(rows: rows, columns: columns, data: storage)
    }

    /// The transpose, like numpy's `arr.T`.
    public var T: Matrix { transposed }

    /// The transpose: element `(i, j)` of the result is element `(j, i)` of `self`.
    ///
    /// - Complexity: O(`count`), one allocation; four source rows at a time, so each row of the result
    ///   is written four neighbouring elements at a time.
    public var transposed: Matrix {
        let (r, c) = (rows, columns)
        let data = [Double](unsafeUninitializedCapacity: count) { result, initialized in
            storage.withUnsafeBufferPointer { source in
                var i = 0
                while i + 4 <= r {
                    let (s0, s1, s2, s3) = (i * c, (i + 1) * c, (i + 2) * c, (i + 3) * c)
                    for j in 0..<c {
                        let out = j * r + i
                        result[out] = source[s0 + j]
                        result[out + 1] = source[s1 + j]
                        result[out + 2] = source[s2 + j]
                        result[out + 3] = source[s3 + j]
                    }
                    i += 4
                }
                while i < r {
                    for j in 0..<c { result[j * r + i] = source[i * c + j] }
                    i += 1
                }
            }
            initialized = r * c
        }
        return Matrix(rows: c, columns: r, data: data)
    }
}
