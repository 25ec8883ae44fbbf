extension JSONCursor {
    /// Decodes a whole fixture file.
    func fixtureFile(expectedExercise: String?) throws -> FixtureFile {
        let formatCursor = try member("format")
        guard try formatCursor.int() == 1 else { throw formatCursor.fail("unsupported format version (this grader reads 1)") }
        let exerciseCursor = try member("exercise")
        let exercise = try exerciseCursor.string()
        if let expectedExercise, exercise != expectedExercise {
            throw exerciseCursor.fail("the file is named for \(expectedExercise) but holds \(exercise)")
        }
        let generator = try member("generator").string()
        let hiddenOnly = try optionalMember("hiddenOnly")?.hiddenOnlyMistakes() ?? []
        let casesCursor = try member("cases")
        var cases: [FixtureCase] = []
        for caseCursor in try casesCursor.elements() {
            let fixtureCase = try caseCursor.fixtureCase()
            if cases.contains(where: { $0.id == fixtureCase.id }) {
                throw try caseCursor.member("id").fail("duplicate case id \(fixtureCase.id)")
            }
            cases.append(fixtureCase)
        }
        return FixtureFile(exercise: exercise, generator: generator, hiddenOnly: hiddenOnly, cases: cases)
    }

    /// Decodes the `hiddenOnly` list: function, mistake and a non-empty reason each, no mistake twice.
    func hiddenOnlyMistakes() throws -> [HiddenOnlyMistake] {
        var mistakes: [HiddenOnlyMistake] = []
        for cursor in try elements() {
            let reasonCursor = try cursor.member("reason")
            let mistake = HiddenOnlyMistake(
                function: try cursor.member("function").string(), mistake: try cursor.member("mistake").string(),
                reason: try reasonCursor.string())
            guard !mistake.reason.isEmpty else { throw reasonCursor.fail("say why no public case can catch it") }
            if mistakes.contains(where: { $0.function == mistake.function && $0.mistake == mistake.mistake }) {
                throw try cursor.member("mistake").fail("\(mistake.function): \"\(mistake.mistake)\" is listed twice")
            }
            mistakes.append(mistake)
        }
        return mistakes
    }

    func fixtureCase() throws -> FixtureCase {
        let visibilityCursor = try member("visibility")
        guard let visibility = Visibility(rawValue: try visibilityCursor.string()) else {
            throw visibilityCursor.fail("expected \"public\" or \"hidden\"")
        }
        let pointsCursor = try member("points")
        let points = try pointsCursor.double()
        guard points > 0, points.isFinite else { throw pointsCursor.fail("points must be a positive number") }
        var outputTolerances: [String: Tolerance] = [:]
        if let cursor = try optionalMember("outputTolerances") {
            for (name, toleranceCursor) in try cursor.members() {
                outputTolerances[name] = try toleranceCursor.tolerance()
            }
        }
        let inputsCursor = try member("inputs")
        let inputs = try inputsCursor.namedValues()
        let recipe = try optionalMember("generate")?.recipe()
        if let recipe, let clash = recipe.draws.first(where: { inputs[$0.input] != nil }) {
            throw try member("generate").fail("input \(clash.input) is both generated and given")
        }
        let expectedCursor = try member("expected")
        let expected = try expectedCursor.namedValues()
        guard !expected.isEmpty else { throw expectedCursor.fail("a case expects at least one output") }
        return FixtureCase(
            id: try member("id").string(),
            function: try member("function").string(),
            description: try member("description").string(),
            visibility: visibility,
            points: points,
            provenance: try member("provenance").string(),
            tolerance: try member("tolerance").tolerance(),
            outputTolerances: outputTolerances,
            inputs: inputs,
            inputOrder: try inputsCursor.members().map(\.key),
            recipe: recipe,
            expected: expected
        )
    }

    func tolerance() throws -> Tolerance {
        let rtolCursor = try member("rtol")
        let atolCursor = try member("atol")
        let rtol = try rtolCursor.double()
        let atol = try atolCursor.double()
        guard rtol >= 0 else { throw rtolCursor.fail("a tolerance cannot be negative") }
        guard atol >= 0 else { throw atolCursor.fail("a tolerance cannot be negative") }
        return Tolerance(rtol: rtol, atol: atol, reason: try optionalMember("reason")?.string())
    }

    func recipe() throws -> GenerationRecipe {
        let seedCursor = try member("seed")
        let seed = try seedCursor.int()
        guard let seed32 = UInt32(exactly: seed) else { throw seedCursor.fail("a seed is in 0 ..< 2^32") }
        let draws = try member("draws").elements().map { cursor in
            let kindCursor = try cursor.member("kind")
            guard let kind = GeneratedDraw.Kind(rawValue: try kindCursor.string()) else {
                throw kindCursor.fail("expected \"randn\" or \"rand\"")
            }
            return GeneratedDraw(
                input: try cursor.member("input").string(), kind: kind, shape: try cursor.member("shape").shape(),
                lessThan: try cursor.optionalMember("lessThan")?.double())
        }
        return GenerationRecipe(seed: seed32, draws: draws)
    }
}
