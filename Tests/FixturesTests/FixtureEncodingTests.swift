import Fixtures
import Foundation
import NumericCore
import Testing

/// `FixtureCase.fixtureJSON` is the inverse of decoding: every shipped case, encoded and decoded again,
/// is the case it was.
@Suite struct FixtureEncodingTests {
    @Test func everyShippedCaseSurvivesARoundTrip() throws {
        let files = try FixtureLoader.loadDirectory(FixtureLoader.bundledDirectory)
        #expect(!files.isEmpty)
        for (exercise, file) in files {
            let cases = file.cases.map { JSONWriter.text($0.fixtureJSON) }.joined(separator: ",\n")
            let text = #"{"format": 1, "exercise": "\#(exercise)", "generator": "round trip", "cases": [\#(cases)]}"#
            let decoded = try FixtureLoader.decode(Array(text.utf8), fileName: "\(exercise).json")
            #expect(decoded.cases == file.cases, "\(exercise)")
        }
    }

    @Test func aGeneratedInputStaysARecipeAndOptionalMembersStayOut() throws {
        let recipe = GenerationRecipe(seed: 3, draws: [GeneratedDraw(input: "X", kind: .rand, shape: MatrixShape(rows: 2, columns: 4), lessThan: 0.8)])
        let fixtureCase = FixtureCase(
            id: "f[1]", function: "f", description: "d", visibility: .hidden, points: 2, provenance: "p",
            tolerance: Tolerance(rtol: 1e-7, atol: 0), inputs: ["k": .float(0.5)], recipe: recipe, expected: ["J": .float(1)])
        let json = fixtureCase.fixtureJSON
        #expect(json["generate"] == recipe.fixtureJSON)
        #expect(json["tolerance"]?["reason"] == nil)
        #expect(json["outputTolerances"] == .object([]))
        let text = #"{"format": 1, "exercise": "x", "generator": "g", "cases": [\#(JSONWriter.text(json))]}"#
        #expect(try FixtureLoader.decode(Array(text.utf8), fileName: "x.json").cases == [fixtureCase])
    }
}
