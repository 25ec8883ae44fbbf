extension Matrix {
    /// The same elements in a new shape, read and written in row-major order, like `arr.reshape(r, c)`.
    ///
    /// - Precondition: `rows * columns == count`.
    public func reshaped(_ rows: Int, _ columns: Int) -> Matrix {
        precondition(
            rows >= 0 && columns >= 0 && rows * columns == count,
            "cannot reshape array of size \(count) into shape (\(rows), \(columns))"
        )
        return Matrix(rows: rows, columns: columns, data: storage)
    }

    /// The transpose, like numpy's `arr.T`.
    public var T: Matrix { transposed }

    /// The transpose: element `(i, j)` of the result is element `(j, i)` of `self`.
    ///
    /// - Complexity: O(`count`), one allocation.
    public var transposed: Matrix {
        let (r, c) = (rows, columns)
        let data = [Double](unsafeUninitializedCapacity: count) { result, initialized in
            storage.withUnsafeBufferPointer { source in
                for i in 0..<r {
                    for j in 0..<c { result[j * r + i] = source[i * c + j] }
                }
            }
            initialized = r * c
        }
        return Matrix(rows: c, columns: r, data: data)
    }
}
