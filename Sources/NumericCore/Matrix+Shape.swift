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
    /// - Complexity: O(`count`), one allocation; blocks of four by four elements are turned in registers
    ///   (see `TransposeKernel`).
    public var transposed: Matrix {
        let data = [Double](count: count) { result in
            withElements { source in
                guard let from = source.baseAddress, let to = result.baseAddress else { return }
                TransposeKernel(source: from, result: to, rows: rows, columns: columns).run()
            }
        }
        return Matrix(rows: columns, columns: rows, data: data)
    }
}
