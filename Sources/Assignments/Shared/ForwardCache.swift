import NumericCore

/// What the three-layer forward pass LINEAR→RELU→LINEAR→RELU→LINEAR→SIGMOID keeps for its backward pass.
///
/// The notebooks pass it as the tuple `(Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3)`; here each
/// entry is a field with the notebook's name. With `m` examples and layer sizes `n0, n1, n2, 1`:
/// `Z_l` and `A_l` are `(n_l, m)`, `W_l` is `(n_l, n_{l-1})`, `b_l` is `(n_l, 1)`.
public struct ForwardCache: Sendable, Equatable {
    /// `W1·X + b1`, shape `(n1, m)`.
    public var Z1: Matrix
    /// `relu(Z1)`, shape `(n1, m)`.
    public var A1: Matrix
    /// First-layer weights, shape `(n1, n0)`.
    public var W1: Matrix
    /// First-layer bias, shape `(n1, 1)`.
    public var b1: Matrix
    /// `W2·A1 + b2`, shape `(n2, m)`.
    public var Z2: Matrix
    /// `relu(Z2)`, shape `(n2, m)`.
    public var A2: Matrix
    /// Second-layer weights, shape `(n2, n1)`.
    public var W2: Matrix
    /// Second-layer bias, shape `(n2, 1)`.
    public var b2: Matrix
    /// `W3·A2 + b3`, shape `(1, m)`.
    public var Z3: Matrix
    /// `sigmoid(Z3)`, the output, shape `(1, m)`.
    public var A3: Matrix
    /// Output-layer weights, shape `(1, n2)`.
    public var W3: Matrix
    /// Output-layer bias, shape `(1, 1)`.
    public var b3: Matrix

    /// Creates a cache from its twelve entries, in the notebook's tuple order.
    public init(
        Z1: Matrix, A1: Matrix, W1: Matrix, b1: Matrix,
        Z2: Matrix, A2: Matrix, W2: Matrix, b2: Matrix,
        Z3: Matrix, A3: Matrix, W3: Matrix, b3: Matrix
    ) {
        self.Z1 = Z1
        self.A1 = A1
        self.W1 = W1
        self.b1 = b1
        self.Z2 = Z2
        self.A2 = A2
        self.W2 = W2
        self.b2 = b2
        self.Z3 = Z3
        self.A3 = A3
        self.W3 = W3
        self.b3 = b3
    }
}
