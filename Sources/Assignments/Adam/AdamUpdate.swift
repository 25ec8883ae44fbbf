/// What one Adam step returns: the notebook's `(parameters, v, s, v_corrected, s_corrected)`.
public struct AdamUpdate: Sendable, Equatable {
    /// The updated parameters `W1, b1, …, WL, bL`.
    public var parameters: Parameters
    /// The updated first-moment estimate, keyed `dW1, db1, …`.
    public var v: Gradients
    /// The updated second-moment estimate, keyed `dW1, db1, …`.
    public var s: Gradients
    /// `v / (1 − β1^t)`, the bias-corrected first moment.
    public var vCorrected: Gradients
    /// `s / (1 − β2^t)`, the bias-corrected second moment.
    public var sCorrected: Gradients

    /// Creates the result of one step.
    public init(parameters: Parameters, v: Gradients, s: Gradients, vCorrected: Gradients, sCorrected: Gradients) {
        self.parameters = parameters
        self.v = v
        self.s = s
        self.vCorrected = vCorrected
        self.sCorrected = sCorrected
    }
}
