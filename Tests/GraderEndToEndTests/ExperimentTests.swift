import Foundation
import Testing

/// The notebooks' experiments end to end: `grader experiments` and `grader run --experiments`.
@Suite(.serialized)
struct ExperimentTests {
    /// Adam with a fixed power in its bias correction passes the notebook's own test (t = 2) but trains
    /// off the notebook: the graded Adam experiment fails while the right gradient descent's passes, an
    /// untouched initializer errors, and only the experiments that call the chosen exercises train.
    @Test func adamWithAFixedPowerFailsTheGradedAdamExperiment() throws {
        let copy = try ExerciseCopy()
        try copy.overlay("fixed-power-adam")
        let run = try GraderProcess.run([
            "run", "--experiments", "--exercises-dir", copy.root.path, "--color", "never",
            "--exercise", "adam", "--exercise", "gradient_descent", "--exercise", "initializers",
        ])
        #expect(run.status == 1, "stderr: \(run.standardError)")
        let cases = try run.cases()
        #expect(cases["update_parameters_with_adam[notebook,t=2,learning_rate=0.01,beta1=0.9,beta2=0.999,epsilon=1e-08]"]?.outcome
                == "passed")
        let adam = try #require(cases["opt-adam"])
        #expect(adam.outcome == "failure" && adam.type == "wrongAnswer", "\(adam)")
        let wrongAccuracy = try KnownMistake.named("fixed-power-adam").trainAccuracy
        // People read accuracies as the notebooks' tables give them; the JUnit property keeps every digit.
        let percent = String(format: "%.1f%%", wrongAccuracy * 100)
        #expect(adam.message.contains("training accuracy \(percent), the notebook's 94.3%"), "\(adam.message)")
        let property = try run.junit().nodes(forXPath: "//property[@name='train_accuracy.opt-adam']/@value").first?.stringValue
        #expect(property == String(wrongAccuracy), "\(String(describing: property))")
        let failure = try run.junit().nodes(forXPath: "//testcase[@name='opt-adam']/failure").first?.stringValue ?? ""
        #expect(failure.contains("cost after epoch 1000"), "\(failure)")
        #expect(cases["opt-gd"]?.outcome == "passed")
        #expect(cases["init-he"]?.outcome == "error" && cases["init-he"]?.type == "notImplemented", "\(String(describing: cases["init-he"]))")
        #expect(cases["reg-none"] == nil && cases["reg-l2"] == nil, "experiments of unchosen exercises trained")
        let suites = try run.junit().nodes(forXPath: "//testsuite[@name='experiments']")
        #expect(suites.count == 1)
        let markdown = try String(contentsOf: run.reports.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(markdown.contains("## Notebook experiments"))
        #expect(run.standardOutput.contains("✗ opt-adam"))
    }

    /// The reference reproduces the Adam notebook run; the plots are written beside the report and linked.
    @Test func referenceAdamMatchesTheNotebookWithPlots() throws {
        let scratch = try ScratchFolder("grader-e2e")
        let reports = scratch.url
        let markdownPath = reports.appendingPathComponent("experiments.md")
        let run = try GraderProcess.run(
            ["experiments", "opt-adam", "--solution", "reference", "--markdown", markdownPath.path], reportArguments: false)
        #expect(run.status == 0, "stderr: \(run.standardError)")
        #expect(run.standardOutput.contains("✓ opt-adam"))
        let markdown = try String(contentsOf: markdownPath, encoding: .utf8)
        for (plot, caption) in [("experiments/opt-adam-cost.svg", "Mini-batch Adam: cost"),
                                ("experiments/opt-adam-boundary.svg", "Mini-batch Adam: decision boundary")] {
            #expect(markdown.contains("![\(caption)](\(plot))"))
            let svg = try String(contentsOf: reports.appendingPathComponent(plot), encoding: .utf8)
            #expect(svg.hasPrefix("<svg"))
        }
    }

    /// A student's function that crashes during a training is named with its file and line: the experiment
    /// worker links the exercise's module, compiled once for the case worker, with its line tables.
    @Test func aCrashInATrainingNamesTheStudentsFileAndLine() throws {
        let copy = try ExerciseCopy()
        let file = copy.root.appendingPathComponent("initializers/Initializers.swift")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        let function = try #require(lines.firstIndex { $0.contains("func initializeParametersHe(") })
        let stub = try #require(lines[function...].firstIndex { $0.contains("notImplemented()") })
        lines[stub] = "        let widths: [Int]? = nil; return [\"W1\": Matrix.zeros(widths![0], 1)]"
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let scratch = try ScratchFolder("grader-e2e")
        let json = scratch.url.appendingPathComponent("experiments.json")
        let run = try GraderProcess.run([
            "experiments", "init-he", "--exercises-dir", copy.root.path, "--json", json.path,
            "--markdown", scratch.url.appendingPathComponent("experiments.md").path,
        ], reportArguments: false)
        #expect(run.status == 1, "stderr: \(run.standardError)")
        let results = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [[String: Any]])
        let verdict = try #require(results.first?["verdict"] as? [String: Any])
        let message = try #require(verdict["message"] as? String)
        #expect(message.contains("initializers/Initializers.swift:\(stub + 1):"), "\(message)")
    }

    @Test func unknownExperimentNameIsAUsageError() throws {
        let run = try GraderProcess.run(["experiments", "opt-adma"], reportArguments: false)
        #expect(run.status == 2)
        #expect(run.standardError.contains("no experiment or notebook named \"opt-adma\""))
    }
}
