import Foundation
import Testing

/// `grader list` and `grader show NAME [--json]`, checked against the shipped fixture files.
struct ListAndShowTests {
    @Test func listNamesEveryExerciseAndFunctionWithCasesAndPoints() throws {
        let run = try GraderProcess.run(["list"], reportArguments: false)
        #expect(run.status == 0, "stderr: \(run.standardError)")
        let lines = run.standardOutput.split(separator: "\n").map(String.init)
        let exercises = try ShippedFixtures.all()
        #expect(!exercises.isEmpty)
        var total = 0.0
        for (exercise, cases) in exercises {
            let points = ShippedFixtures.points(cases)
            total += points
            #expect(lines.contains { $0.hasPrefix("\(exercise) — ") && $0.hasSuffix(": \(cases.count) cases, \(ShippedFixtures.written(points)) points") },
                    "\(exercise)")
            for function in Set(cases.map { $0["function"] as! String }) {
                let mine = cases.filter { $0["function"] as? String == function }
                let hidden = mine.filter { $0["visibility"] as? String == "hidden" }.count
                let points = ShippedFixtures.points(mine)
                #expect(lines.contains("    \(function): \(mine.count - hidden) public + \(hidden) hidden cases, \(ShippedFixtures.written(points)) points"),
                        "\(function)")
            }
        }
        #expect(lines.last == "total: \(ShippedFixtures.written(total)) points")
    }

    @Test func showPrintsTheInstructionsAndThePublicCasesOnly() throws {
        let run = try GraderProcess.run(["show", "learning_rate_decay"], reportArguments: false)
        #expect(run.status == 0, "stderr: \(run.standardError)")
        let readme = try String(
            contentsOf: GraderProcess.packageRoot.appendingPathComponent("exercises/learning_rate_decay/README.md"), encoding: .utf8)
        // The instructions' prose, with their formulas as text: no LaTeX reaches the terminal.
        let firstLine = try #require(readme.split(separator: "\n").first)
        #expect(run.standardOutput.hasPrefix(String(firstLine)))
        #expect(!run.standardOutput.contains("$$") && !run.standardOutput.contains("\\frac"))
        let cases = try ShippedFixtures.cases(of: "learning_rate_decay")
        #expect(cases.contains { $0["visibility"] as? String == "public" })
        #expect(cases.contains { $0["visibility"] as? String == "hidden" })
        for fixtureCase in cases {
            let heading = "### \(fixtureCase["id"] as! String) ("
            #expect(run.standardOutput.contains(heading) == (fixtureCase["visibility"] as? String == "public"), "\(heading)")
        }
        #expect(run.standardOutput.contains("Expected output:"))
    }

    /// Every exercise's public cases, in the file's order, with the file's own inputs, expected values
    /// and tolerances; hidden cases only with `--reveal-hidden`.
    @Test(arguments: ["", "--reveal-hidden"])
    func showJSONCarriesTheCasesForTools(flag: String) throws {
        for (exercise, cases) in try ShippedFixtures.all() {
            let run = try GraderProcess.run(["show", exercise, "--json"] + (flag.isEmpty ? [] : [flag]), reportArguments: false)
            #expect(run.status == 0, "stderr: \(run.standardError)")
            let shown = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [[String: Any]])
            let wanted = flag.isEmpty ? cases.filter { $0["visibility"] as? String == "public" } : cases
            #expect(!wanted.isEmpty)
            #expect(shown.map { $0["id"] as? String } == wanted.map { $0["id"] as? String }, "\(exercise)")
            for (printed, fixture) in zip(shown, wanted) {
                let id = fixture["id"] as! String
                for key in ["inputs", "expected", "tolerance"] {
                    #expect(equal(printed[key], fixture[key] ?? [String: Any]()), "\(id): \(key)")
                }
                #expect(equal(printed["outputTolerances"], fixture["outputTolerances"] ?? [String: Any]()), "\(id)")
                #expect((printed["expected"] as? [String: Any])?.isEmpty == false, "\(id)")
            }
        }
    }

    /// Whether two values read by `JSONSerialization` are the same JSON.
    private func equal(_ left: Any?, _ right: Any) -> Bool {
        guard let left else { return false }
        return NSArray(object: left).isEqual(to: [right])
    }
}
