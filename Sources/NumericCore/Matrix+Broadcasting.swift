extension Matrix {
    /// The shape numpy broadcasting gives two 2-D operands.
    ///
    /// Along each axis the sizes must be equal, or one of them must be 1 and is stretched to the other:
    /// `(n, 1)` with `(n, m)`, `(1, m)` with `(n, m)`, `(1, 1)` with anything, and `(n, 1)` with `(1, m)`
    /// giving `(n, m)`.
    ///
    /// - Precondition: the shapes are compatible; otherwise the process stops with numpy's message,
    ///   "operands could not be broadcast together with shapes (2, 3) (3, 2)".
    public static func broadcastShape(_ a: Matrix, _ b: Matrix) -> MatrixShape {
        guard let rows = broadcastDimension(a.rows, b.rows),
              let columns = broadcastDimension(a.columns, b.columns)
        else {
            fatalError("operands could not be broadcast together with shapes \(a.shape) \(b.shape)")
        }
        return MatrixShape(rows: rows, columns: columns)
    }

    /// Applies `operation` element by element to two broadcast operands; `lanes` is the same operation
    /// on four neighbouring elements (see ``LaneLoops``), used wherever the operands are contiguous.
    ///
    /// - Precondition: the shapes broadcast (see ``broadcastShape(_:_:)``).
    /// - Complexity: O(result count), one allocation.
    @inline(__always)
    static func broadcasting(
        _ a: Matrix, _ b: Matrix, _ operation: (Double, Double) -> Double,
        lanes: (LaneLoops.Lanes, LaneLoops.Lanes) -> LaneLoops.Lanes
    ) -> Matrix {
        let shape = broadcastShape(a, b)
        let (rows, columns, count) = (shape.rows, shape.columns, shape.count)
        let data = [Double](count: count) { buffer in
            let result = buffer.baseAddress!
            // `storage`, not `withElements`: a closure called at two places, as `withElements` calls its
            // body, is not inlined into this function, and the lanes of its loops would be a call each.
            a.storage.withUnsafeBufferPointer { bufferA in
                b.storage.withUnsafeBufferPointer { bufferB in
                    guard count > 0, let pa = bufferA.baseAddress, let pb = bufferB.baseAddress else { return }
                    if a.rows == b.rows && a.columns == b.columns {
                        LaneLoops.zip(count, pa, pb, into: result, operation, lanes)
                    } else if b.count == 1 {
                        let scalar = pb[0], splat = LaneLoops.Lanes(repeating: scalar)
                        LaneLoops.map(count, pa, into: result, { operation($0, scalar) }, { lanes($0, splat) })
                    } else if a.count == 1 {
                        let scalar = pa[0], splat = LaneLoops.Lanes(repeating: scalar)
                        LaneLoops.map(count, pb, into: result, { operation(scalar, $0) }, { lanes(splat, $0) })
                    } else if a.rows == rows && a.columns == columns && b.columns == columns {
                        for i in 0..<rows {
                            let out = i * columns
                            LaneLoops.zip(columns, pa + out, pb, into: result + out, operation, lanes)
                        }
                    } else if a.rows == rows && a.columns == columns && b.rows == rows {
                        for i in 0..<rows {
                            let out = i * columns, value = pb[i], splat = LaneLoops.Lanes(repeating: value)
                            LaneLoops.map(
                                columns, pa + out, into: result + out, { operation($0, value) }, { lanes($0, splat) })
                        }
                    } else {
                        let (aRowStep, aColumnStep) = a.broadcastSteps
                        let (bRowStep, bColumnStep) = b.broadcastSteps
                        for i in 0..<rows {
                            let aRow = i * aRowStep, bRow = i * bRowStep, out = i * columns
                            for j in 0..<columns {
                                result[out + j] = operation(pa[aRow + j * aColumnStep], pb[bRow + j * bColumnStep])
                            }
                        }
                    }
                }
            }
        }
        return Matrix(rows: rows, columns: columns, data: data)
    }

    /// Applies `operation` in place, `self[i, j] = operation(self[i, j], other[i', j'])`, with `other`
    /// broadcast to the shape of `self`, like numpy's in-place operators.
    ///
    /// - Precondition: `other` broadcasts to exactly the shape of `self` (numpy refuses to grow the
    ///   left operand of `+=`).
    @inline(__always)
    mutating func broadcastingInPlace(_ other: Matrix, _ operation: (Double, Double) -> Double) {
        let shape = Matrix.broadcastShape(self, other)
        let (rows, columns) = (shape.rows, shape.columns)
        require(
            shape == self.shape,
            "non-broadcastable output operand with shape \(self.shape) doesn't match the broadcast shape \(shape)"
        )
        let (bRowStep, bColumnStep) = other.broadcastSteps
        let sameShape = other.rows == rows && other.columns == columns
        storage.withUnsafeMutableBufferPointer { pa in
            other.withElements { pb in
                if sameShape {
                    for index in 0..<pa.count { pa[index] = operation(pa[index], pb[index]) }
                } else if other.rows == rows {
                    for i in 0..<rows {
                        let aRow = i * columns, value = pb[i]
                        for j in 0..<columns { pa[aRow + j] = operation(pa[aRow + j], value) }
                    }
                } else {
                    for i in 0..<rows {
                        let aRow = i * columns, bRow = i * bRowStep
                        for j in 0..<columns {
                            pa[aRow + j] = operation(pa[aRow + j], pb[bRow + j * bColumnStep])
                        }
                    }
                }
            }
        }
    }

    /// Applies `transform` to every element.
    ///
    /// - Complexity: O(`count`), one allocation.
    @inline(__always)
    func mapElements(_ transform: (Double) -> Double) -> Matrix {
        let data = [Double](count: count) { result in
            withElements { source in
                for index in 0..<source.count { result[index] = transform(source[index]) }
            }
        }
        return Matrix(rows: rows, columns: columns, data: data)
    }

    /// Applies `transform` to every element; `lanes` is the same function on four neighbouring
    /// elements (see ``LaneLoops``).
    ///
    /// - Complexity: O(`count`), one allocation.
    @inline(__always)
    func mapElements(
        _ transform: (Double) -> Double, lanes: (LaneLoops.Lanes) -> LaneLoops.Lanes
    ) -> Matrix {
        let data = [Double](count: count) { result in
            withElements { source in
                guard let base = source.baseAddress, let out = result.baseAddress else { return }
                LaneLoops.map(source.count, base, into: out, transform, lanes)
            }
        }
        return Matrix(rows: rows, columns: columns, data: data)
    }

    /// Offsets into `storage` per step along each axis of the broadcast result: 0 along an axis of size
    /// 1 (the element is repeated), otherwise the row-major step.
    private var broadcastSteps: (row: Int, column: Int) {
        (rows == 1 ? 0 : columns, columns == 1 ? 0 : 1)
    }

    private static func broadcastDimension(_ a: Int, _ b: Int) -> Int? {
        if a == b { return a }
        if a == 1 { return b }
        if b == 1 { return a }
        return nil
    }
}
