import NumericCore

extension FixtureCase {
    /// Every input of the case: the literal ones and those its recipe generates with `RandomState`.
    ///
    /// The recipe seeds one generator and draws in the order written, exactly as the oracle did with
    /// numpy, so `X = randn(12288, 148)` is the same matrix on both sides, bit for bit.
    public func materializedInputs() -> [String: Value] {
        guard let recipe else { return inputs }
        var all = inputs
        var generator = RandomState(seed: recipe.seed)
        for draw in recipe.draws {
            let drawn = switch draw.kind {
            case .randn: generator.randn(draw.shape.rows, draw.shape.columns)
            case .rand: generator.rand(draw.shape.rows, draw.shape.columns)
            }
            if let threshold = draw.lessThan {
                all[draw.input] = .mask(drawn .< threshold)
            } else {
                all[draw.input] = .matrix(drawn)
            }
        }
        return all
    }
}
