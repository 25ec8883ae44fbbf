import Fixtures

/// A case as the call a notebook's test cell makes, e.g. `update_lr(learning_rate0=0.5, epoch_num=2,
/// decay_rate=1.0)`, arrays by their shape: the `test_code` of the Exercism results. A hidden case
/// shows no input.
enum NotebookCall {
    /// The call for `fixtureCase`; its inputs only when they may be shown.
    static func text(_ fixtureCase: FixtureCase, revealInputs: Bool) -> String {
        guard revealInputs else { return "\(fixtureCase.function)(…)  # a hidden case: its inputs are not shown" }
        let draws = Dictionary((fixtureCase.recipe?.draws ?? []).map { ($0.input, $0) }, uniquingKeysWith: { first, _ in first })
        let arguments = fixtureCase.orderedInputNames.compactMap { name -> String? in
            if let value = fixtureCase.inputs[name] { return "\(name)=\(brief(value))" }
            if let draw = draws[name] { return "\(name)=array(shape=\(draw.shape))" }
            return nil
        }
        return "\(fixtureCase.function)(\(arguments.joined(separator: ", ")))"
    }

    /// A value in a few characters: numbers as written, arrays by their shape.
    static func brief(_ value: Value) -> String {
        switch value {
        case .float(let number): "\(number)"
        case .int(let number): "\(number)"
        case .bool(let flag): flag ? "True" : "False"
        case .matrix(let matrix), .mask(let matrix): "array(shape=\(matrix.shape))"
        case .digest(let digest): "array(shape=\(digest.shape))"
        case .dict(let entries):
            "{" + entries.keys.sorted(by: Value.notebookKeyOrder).map { "'\($0)': \(brief(entries[$0]!))" }
                .joined(separator: ", ") + "}"
        case .list(let items): "[" + items.map(brief).joined(separator: ", ") + "]"
        case .tuple(let items): "(" + items.map(brief).joined(separator: ", ") + ")"
        }
    }
}
