import Assignments
import Fixtures
import Foundation
import NumericCore
import Testing

/// A minimal valid fixture file with one case, whose parts a test replaces to break it.
private func fixtureText(
    case caseText: String? = nil, exercise: String = "adam", format: String = "1", hiddenOnly: String? = nil
) -> String {
    let validCase = """
        {"id": "f[1]", "function": "update_lr", "description": "d", "visibility": "public", "points": 1,
         "provenance": "p", "tolerance": {"rtol": 1e-9, "atol": 0},
         "inputs": {"x": {"float": 2.0}}, "expected": {"J": {"float": 8.0}}}
        """
    let listed = hiddenOnly.map { #""hiddenOnly": \#($0), "# } ?? ""
    return """
        {"format": \(format), "exercise": "\(exercise)", "generator": "g", \(listed)"cases": [\(caseText ?? validCase)]}
        """
}

private func caseText(replacing key: String, with value: String) -> String {
    var members = [
        "id": #""f[1]""#, "function": #""update_lr""#, "description": #""d""#, "visibility": #""public""#,
        "points": "1", "provenance": #""p""#, "tolerance": #"{"rtol": 1e-9, "atol": 0}"#,
        "inputs": #"{"x": {"float": 2.0}}"#, "expected": #"{"J": {"float": 8.0}}"#,
    ]
    members[key] = value
    return "{" + members.keys.sorted().map { "\"\($0)\": \(members[$0]!)" }.joined(separator: ", ") + "}"
}

@Suite struct FixtureLoaderTests {
    @Test func aValidFileDecodes() throws {
        let file = try FixtureLoader.decode(Array(fixtureText().utf8), fileName: "adam.json")
        #expect(file.exercise == "adam")
        #expect(file.cases.count == 1)
        #expect(file.cases[0].inputs["x"] == .float(2))
        #expect(file.cases[0].tolerance == Tolerance(rtol: 1e-9, atol: 0))
    }

    @Test(arguments: [
        (caseText(replacing: "expected", with: #"{"W": {"matrix": {"shape": [2, 2, 1], "data": [1, 2]}}}"#),
         "$.cases[0].expected.W.matrix.shape", "expected 2 integers, got 3"),
        (caseText(replacing: "expected", with: #"{"W": {"matrix": {"shape": [2, 2], "data": [1, 2, 3]}}}"#),
         "$.cases[0].expected.W.matrix.data", "needs 4 values, got 3"),
        (caseText(replacing: "expected", with: #"{"D": {"mask": {"shape": [1, 2], "data": [1, 0.5]}}}"#),
         "$.cases[0].expected.D.mask", "only 0 and 1"),
        (caseText(replacing: "expected", with: #"{"v": {"vector": [1]}}"#),
         "$.cases[0].expected.v", "unknown value kind \"vector\""),
        (caseText(replacing: "visibility", with: #""secret""#), "$.cases[0].visibility", "\"public\" or \"hidden\""),
        (caseText(replacing: "points", with: "0"), "$.cases[0].points", "positive"),
        (caseText(replacing: "tolerance", with: #"{"rtol": -1, "atol": 0}"#), "$.cases[0].tolerance.rtol", "negative"),
        (caseText(replacing: "inputs", with: #"{"t": {"int": 2.5}}"#), "$.cases[0].inputs.t.int", "expected an integer"),
        (caseText(replacing: "expected", with: "{}"), "$.cases[0].expected", "at least one output"),
        (caseText(replacing: "id", with: "7"), "$.cases[0].id", "expected a string"),
    ])
    func aMalformedCaseNamesItsJSONPath(_ text: String, _ path: String, _ reason: String) {
        do {
            _ = try FixtureLoader.decode(Array(fixtureText(case: text).utf8), fileName: "adam.json")
            Issue.record("decoding should fail at \(path)")
        } catch let error as FixtureError {
            #expect(error.file == "adam.json")
            #expect(error.path == path)
            #expect(error.reason.contains(reason), "\(error)")
            #expect(!error.description.contains("\n"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func fileLevelFaultsAreNamed() {
        #expect(throws: FixtureError(file: "adam.json", path: "$.format", reason: "unsupported format version (this grader reads 1)")) {
            try FixtureLoader.decode(Array(fixtureText(format: "2").utf8), fileName: "adam.json")
        }
        #expect(throws: FixtureError(file: "adam.json", path: "$.exercise", reason: "the file is named for adam but holds momentum")) {
            try FixtureLoader.decode(Array(fixtureText(exercise: "momentum").utf8), fileName: "adam.json")
        }
        #expect(throws: FixtureError(file: "adam.json", path: "$", reason: "invalid JSON at line 1, column 2: expected a string key")) {
            try FixtureLoader.decode(Array("{,}".utf8), fileName: "adam.json")
        }
    }

    @Test func hiddenOnlyMistakesDecodeWithTheirReasons() throws {
        let listed = #"[{"function": "update_lr", "mistake": "m", "reason": "r"}]"#
        let file = try FixtureLoader.decode(Array(fixtureText(hiddenOnly: listed).utf8), fileName: "adam.json")
        #expect(file.hiddenOnly == [HiddenOnlyMistake(function: "update_lr", mistake: "m", reason: "r")])
        #expect(try FixtureLoader.decode(Array(fixtureText().utf8), fileName: "adam.json").hiddenOnly.isEmpty)
    }

    @Test(arguments: [
        (#"[{"function": "update_lr", "mistake": "m", "reason": ""}]"#, "$.hiddenOnly[0].reason", "say why"),
        (#"[{"function": "update_lr", "mistake": "m"}]"#, "$.hiddenOnly[0]", "missing key \"reason\""),
        (#"[{"function": "f", "mistake": "m", "reason": "r"}, {"function": "f", "mistake": "m", "reason": "s"}]"#,
         "$.hiddenOnly[1].mistake", "listed twice"),
        (#"{"function": "f"}"#, "$.hiddenOnly", "expected an array"),
    ])
    func aMalformedHiddenOnlyListNamesItsJSONPath(_ listed: String, _ path: String, _ reason: String) {
        do {
            _ = try FixtureLoader.decode(Array(fixtureText(hiddenOnly: listed).utf8), fileName: "adam.json")
            Issue.record("decoding should fail at \(path)")
        } catch let error as FixtureError {
            #expect(error.path == path)
            #expect(error.reason.contains(reason), "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func overlaysReplaceCasesByIdAndAppendNewOnes() throws {
        let base = try FixtureLoader.decode(Array(fixtureText().utf8), fileName: "adam.json")
        var replacement = base.cases[0]
        replacement.points = 5
        var extra = base.cases[0]
        extra.id = "f[2]"
        let merged = FixtureLoader.merge(base, with: FixtureFile(exercise: "adam", generator: "x", cases: [extra, replacement]))
        #expect(merged.cases.map(\.id) == ["f[1]", "f[2]"])
        #expect(merged.cases[0].points == 5)
    }

    @Test func overlaysReplaceHiddenOnlyMistakesByFunctionAndMistake() {
        let base = FixtureFile(exercise: "adam", generator: "g", hiddenOnly: [
            HiddenOnlyMistake(function: "f", mistake: "a", reason: "old"),
        ], cases: [])
        let overlay = FixtureFile(exercise: "adam", generator: "x", hiddenOnly: [
            HiddenOnlyMistake(function: "f", mistake: "b", reason: "new mistake"),
            HiddenOnlyMistake(function: "f", mistake: "a", reason: "new reason"),
        ], cases: [])
        #expect(FixtureLoader.merge(base, with: overlay).hiddenOnly.map(\.reason) == ["new reason", "new mistake"])
    }

    @Test func everyShippedFixtureLoadsAndNamesOnlyCatalogFunctions() throws {
        let files = try FixtureLoader.loadDirectory(FixtureLoader.bundledDirectory)
        #expect(Set(files.keys) == Set(Exercise.allCases.map(\.name)))
        for (exercise, file) in files {
            let functions = Exercise(rawValue: exercise)!.functions
            #expect(!file.cases.isEmpty)
            #expect(file.cases.allSatisfy { functions.contains($0.function) }, "\(exercise)")
            #expect(Set(file.cases.map(\.function)) == Set(functions), "every graded function of \(exercise) has cases")
        }
    }

    @Test func generatedInputsAreTheRecipesDraws() {
        let recipe = GenerationRecipe(seed: 1, draws: [
            GeneratedDraw(input: "X", kind: .randn, shape: MatrixShape(rows: 3, columns: 4)),
            GeneratedDraw(input: "Y", kind: .rand, shape: MatrixShape(rows: 1, columns: 4), lessThan: 0.5),
        ])
        let fixtureCase = FixtureCase(
            id: "c", function: "f", description: "", visibility: .public, points: 1, provenance: "",
            tolerance: Tolerance(rtol: 0, atol: 0), inputs: ["k": .int(3)], recipe: recipe, expected: ["J": .float(0)])
        var generator = RandomState(seed: 1)
        let x = generator.randn(3, 4)
        let y = generator.rand(1, 4) .< 0.5
        let inputs = fixtureCase.materializedInputs()
        #expect(inputs["X"] == .matrix(x))
        #expect(inputs["Y"] == .mask(y))
        #expect(inputs["k"] == .int(3))
    }
}
