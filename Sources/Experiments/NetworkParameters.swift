import Assignments
import NumericCore

/// The three layers' weights and biases as fields: what the provided model reads and updates every
/// step, with no dictionary lookup (a key hashed) per read. Made from and turned back into the
/// notebooks' `parameters` dictionary where a student's function takes or returns one.
public struct NetworkParameters: Sendable {
    /// Layer 1's weights `(n1, n0)` and bias `(n1, 1)`.
    public var W1: Matrix, b1: Matrix
    /// Layer 2's weights `(n2, n1)` and bias `(n2, 1)`.
    public var W2: Matrix, b2: Matrix
    /// Layer 3's weights `(1, n2)` and bias `(1, 1)`.
    public var W3: Matrix, b3: Matrix

    /// The notebooks' keys of the six fields, in the order of ``matrices``.
    static let keys = ["W1", "b1", "W2", "b2", "W3", "b3"]

    /// The entries ``keys`` of `parameters`; other entries are not kept.
    ///
    /// - Precondition: all six are present, as the notebooks' `forward_propagation` needs them.
    public init(_ parameters: Parameters) {
        let matrices = Self.keys.map { parameters[$0]! }
        (W1, b1, W2, b2, W3, b3) = (matrices[0], matrices[1], matrices[2], matrices[3], matrices[4], matrices[5])
    }

    /// The six fields, in the order of ``keys``.
    var matrices: [Matrix] { [W1, b1, W2, b2, W3, b3] }

    /// The notebooks' dictionary: ``keys`` to ``matrices``.
    public var dictionary: Parameters {
        Dictionary(uniqueKeysWithValues: zip(Self.keys, matrices))
    }
}

/// The gradients of ``NetworkParameters``, as fields: what the provided backward passes return and the
/// update reads.
public struct NetworkGradients: Sendable {
    /// The gradients of layer 1's weights and bias.
    public var dW1: Matrix, db1: Matrix
    /// The gradients of layer 2's weights and bias.
    public var dW2: Matrix, db2: Matrix
    /// The gradients of layer 3's weights and bias.
    public var dW3: Matrix, db3: Matrix

    /// The six gradients, by field.
    public init(dW1: Matrix, db1: Matrix, dW2: Matrix, db2: Matrix, dW3: Matrix, db3: Matrix) {
        (self.dW1, self.db1, self.dW2, self.db2, self.dW3, self.db3) = (dW1, db1, dW2, db2, dW3, db3)
    }

    /// The notebooks' keys of the six fields, `"d"` and the parameter's key, in the order of
    /// ``matrices``.
    static let keys = NetworkParameters.keys.map { "d" + $0 }

    /// The entries ``keys`` of a student's `grads`; other entries are not kept.
    ///
    /// - Precondition: all six are present, as the notebooks' `update_parameters` needs them.
    public init(_ grads: Gradients) {
        let matrices = Self.keys.map { grads[$0]! }
        self.init(dW1: matrices[0], db1: matrices[1], dW2: matrices[2], db2: matrices[3], dW3: matrices[4], db3: matrices[5])
    }

    /// The six fields, in the order of ``keys``.
    var matrices: [Matrix] { [dW1, db1, dW2, db2, dW3, db3] }

    /// The notebooks' dictionary: ``keys`` to ``matrices``.
    public var dictionary: Gradients {
        Dictionary(uniqueKeysWithValues: zip(Self.keys, matrices))
    }
}
