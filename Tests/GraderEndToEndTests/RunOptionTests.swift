import Foundation
import FoundationXML
import Testing

/// `grader run`'s options for hidden cases and for how much it prints.
struct RunOptionTests {
    @Test func noHiddenSkipsTheHiddenCasesAndReportsThemSkipped() throws {
        let run = try GraderProcess.run(
            ["run", "--solution", "reference", "--exercise", "learning_rate_decay", "--no-hidden", "--color", "never"])
        #expect(run.status == 0, "stderr: \(run.standardError)")
        let verdicts = try run.cases()
        let cases = try ShippedFixtures.cases(of: "learning_rate_decay")
        let names = ShippedFixtures.reportNames(cases)
        let hidden = zip(cases, names).filter { $0.0["visibility"] as? String == "hidden" }.map(\.1)
        #expect(!hidden.isEmpty && hidden.count < cases.count)
        #expect(verdicts.count == cases.count)
        for name in names {
            #expect(verdicts[name]?.outcome == (hidden.contains(name) ? "skipped" : "passed"), "\(name)")
        }
        let suite = try #require(try run.junit().nodes(forXPath: "//testsuite[@name='learning_rate_decay']").first as? XMLElement)
        #expect(suite.attribute(forName: "skipped")?.stringValue == String(hidden.count))
        #expect(run.standardOutput.contains("\(hidden.count) skipped"))
    }

    /// The notebook's buggy backward pass ships in the stubs, so its hidden cases fail: their expected
    /// values are shown with `--reveal-hidden` only.
    @Test func revealHiddenShowsAHiddenFailingCasesExpectedValues() throws {
        let id = "backward_propagation_n[3-6-4-1,m=7,seed=8]"
        let all = try ShippedFixtures.cases(of: "gradient_check_n")
        let index = try #require(all.firstIndex { $0["id"] as? String == id })
        let fixtureCase = all[index]
        // Unrevealed, the case goes by its place among its function's hidden cases: its id spells out its inputs.
        let hiddenName = ShippedFixtures.reportNames(all)[index]
        #expect(hiddenName.hasPrefix("backward_propagation_n[hidden "))
        #expect(fixtureCase["visibility"] as? String == "hidden")
        let gradients = (fixtureCase["expected"] as! [String: Any])["gradients"] as! [String: Any]
        let db1 = ((gradients["dict"] as! [String: Any])["db1"] as! [String: Any])["matrix"] as! [String: Any]
        let first = (db1["data"] as! [Double])[0]

        let arguments = ["run", "--exercise", "gradient_check_n", "--color", "never"]
        let plainRun = try GraderProcess.run(arguments)
        let plainJUnit = try plainRun.junit().xmlString
        #expect(!plainRun.standardOutput.contains(id) && !plainJUnit.contains(id))
        let plain = try #require(try plainRun.cases()[hiddenName])
        #expect(plain.outcome == "failure")
        #expect(plain.message.contains("db1") && !plain.message.contains("expected"), "\(plain.message)")
        let revealed = try #require(try GraderProcess.run(arguments + ["--reveal-hidden"]).cases()[id])
        #expect(revealed.outcome == "failure")
        let shown = try #require(revealed.message.firstMatch(of: /expected (-?[0-9.]+(?:e[-+]?[0-9]+)?)/), "\(revealed.message)")
        let value = try #require(Double(shown.1))
        #expect(abs(value - first) <= 1e-7 * abs(first), "shown \(value), the fixture's \(first)")
    }

    @Test func quietPrintsOnlyEachExercisesScoreAndTheTotal() throws {
        let run = try GraderProcess.run(["run", "--solution", "reference", "--quiet", "--color", "never"])
        #expect(run.status == 0, "stderr: \(run.standardError)")
        let lines = run.standardOutput.split(separator: "\n").map(String.init)
        let exercises = try ShippedFixtures.all()
        for (exercise, cases) in exercises {
            let full = ShippedFixtures.written(ShippedFixtures.points(cases))
            #expect(lines.contains { $0.hasSuffix("(\(exercise)): \(full) / \(full) points") }, "\(exercise)")
        }
        #expect(lines.count == exercises.count + 2, "\(lines)")
        #expect(lines[lines.count - 2].hasPrefix("Total: ") && lines.last?.hasPrefix("Isolation: ") == true)
    }

    @Test func verbosePrintsEveryCaseWhichTheDefaultLeavesOut() throws {
        let arguments = ["run", "--solution", "reference", "--exercise", "learning_rate_decay", "--color", "never"]
        let normal = try GraderProcess.run(arguments)
        let verbose = try GraderProcess.run(arguments + ["--verbose"])
        #expect(normal.status == 0 && verbose.status == 0, "stderr: \(normal.standardError) \(verbose.standardError)")
        let cases = try ShippedFixtures.cases(of: "learning_rate_decay")
        #expect(!cases.isEmpty)
        for name in ShippedFixtures.reportNames(cases) {
            let line = "✓ \(name)"
            #expect(verbose.standardOutput.contains(line) && !normal.standardOutput.contains(line), "\(line)")
        }
    }
}
