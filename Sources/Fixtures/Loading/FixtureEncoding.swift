extension FixtureCase {
    /// The case in the fixture format of `docs/fixtures.md`: the inverse of decoding a case, so that
    /// decoding this value gives back an equal case.
    ///
    /// Members come in the order the format lists them; `outputTolerances` is written even when empty,
    /// and `generate` only when the case has a recipe. A generated input stays a recipe: tools reproduce
    /// it with numpy's legacy generator. Dictionaries' keys are in the notebooks' order (`W1, b1, W2, …`).
    public var fixtureJSON: JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("id", .string(id)),
            ("function", .string(function)),
            ("description", .string(description)),
            ("visibility", .string(visibility.rawValue)),
            ("points", .number(points.description)),
            ("provenance", .string(provenance)),
            ("tolerance", tolerance.fixtureJSON),
            ("outputTolerances", .object(outputTolerances.keys.sorted().map { ($0, outputTolerances[$0]!.fixtureJSON) })),
            ("inputs", .object(inputOrder.compactMap { name in inputs[name].map { (name, $0.fixtureJSON) } })),
        ]
        if let recipe { members.append(("generate", recipe.fixtureJSON)) }
        members.append(("expected", .object(expected.keys.sorted().map { ($0, expected[$0]!.fixtureJSON) })))
        return .object(members)
    }
}

extension Tolerance {
    /// `{"rtol": …, "atol": …}`, with `reason` when there is one.
    public var fixtureJSON: JSONValue {
        var members: [(key: String, value: JSONValue)] = [("rtol", .number(rtol.description)), ("atol", .number(atol.description))]
        if let reason { members.append(("reason", .string(reason))) }
        return .object(members)
    }
}

extension GenerationRecipe {
    /// `{"seed": …, "draws": [{"input", "kind", "shape", "lessThan"?}, …]}`.
    public var fixtureJSON: JSONValue {
        .object([
            ("seed", .number(String(seed))),
            ("draws", .array(draws.map { draw in
                var members: [(key: String, value: JSONValue)] = [
                    ("input", .string(draw.input)), ("kind", .string(draw.kind.rawValue)),
                    ("shape", Value.jsonShape(draw.shape)),
                ]
                if let threshold = draw.lessThan { members.append(("lessThan", .number(threshold.description))) }
                return .object(members)
            })),
        ])
    }
}
