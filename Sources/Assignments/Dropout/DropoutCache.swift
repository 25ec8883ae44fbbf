import NumericCore

/// What the three-layer forward pass with dropout keeps for its backward pass.
///
/// The notebook's 14-tuple `(Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3)`, one field per
/// entry. `D1` and `D2` are the 0/1 dropout masks; `A1` and `A2` are the activations *after* the
/// mask and the `1/keep_prob` scaling. Shapes as in `ForwardCache`, with `D_l` shaped like `A_l`.
public struct DropoutCache: Sendable, Equatable {
    /// `W1·X + b1`, shape `(n1, m)`.
    public var Z1: Matrix
    /// The first hidden layer's mask, 1 where a unit is kept, shape `(n1, m)`.
    public var D1: Matrix
    /// `relu(Z1) ∗ D1 / keep_prob`, shape `(n1, m)`.
    public var A1: Matrix
    /// First-layer weights, shape `(n1, n0)`.
    public var W1: Matrix
    /// First-layer bias, shape `(n1, 1)`.
    public var b1: Matrix
    /// `W2·A1 + b2`, shape `(n2, m)`.
    public var Z2: Matrix
    /// The second hidden layer's mask, shape `(n2, m)`.
    public var D2: Matrix
    /// `relu(Z2) ∗ D2 / keep_prob`, shape `(n2, m)`.
    public var A2: Matrix
    /// Second-layer weights, shape `(n2, n1)`.
    public var W2: Matrix
    /// Second-layer bias, shape `(n2, 1)`.
    public var b2: Matrix
    /// `W3·A2 + b3`, shape `(1, m)`.
    public var Z3: Matrix
    /// `sigmoid(Z3)`, the output (no dropout on it), shape `(1, m)`.
    public var A3: Matrix
    /// Output-layer weights, shape `(1, n2)`.
    public var W3: Matrix
    /// Output-layer bias, shape `(1, 1)`.
    public var b3: Matrix

    /// Creates a cache from its fourteen entries, in the notebook's tuple order.
    public init(
        Z1: Matrix, D1: Matrix, A1: Matrix, W1: Matrix, b1: Matrix,
        Z2: Matrix, D2: Matrix, A2: Matrix, W2: Matrix, b2: Matrix,
        Z3: Matrix, A3: Matrix, W3: Matrix, b3: Matrix
    ) {
        self.Z1 = Z1
        self.D1 = D1
        self.A1 = A1
        self.W1 = W1
        self.b1 = b1
        self.Z2 = Z2
        self.D2 = D2
        self.A2 = A2
        self.W2 = W2
        self.b2 = b2
        self.Z3 = Z3
        self.A3 = A3
        self.W3 = W3
        self.b3 = b3
    }
}
