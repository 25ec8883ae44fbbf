import Experiments
import NotebookData
import Foundation
import FoundationXML
import Grader
import NumericCore
import Testing

/// The experiments in the reports: a JUnit `experiments` suite valid against both schemas with counts
/// that add up, and a Markdown section with accuracies, costs and plot links.
@Suite struct ExperimentReportTests {
    /// A run with one experiment of each outcome, against the shipped notebook results.
    static func run() throws -> RunResult {
        let notebook = try NotebookResults.load()
        let network = Dictionary(uniqueKeysWithValues: ["W1", "b1", "W2", "b2", "W3", "b3"].map {
            ($0, StoredMatrix(shape: MatrixShape(rows: 1, columns: 1), values: [0]))
        })
        func result(
            _ name: String, _ status: CaseStatus, kind: ErrorKind? = nil, train: Double?, message: String
        ) throws -> ExperimentResult {
            let expected = try #require(notebook.results[name])
            let experiment = try #require(Experiment.named(name))
            let verdict = CaseResult(
                id: name, exercise: "experiments", function: name, isHidden: false, description: experiment.title, status: status,
                errorKind: kind, points: 0, maxPoints: 0, message: message, details: status == .passed ? "" : "<&> details",
                duration: 1.5)
            return ExperimentResult(
                verdict: verdict, title: experiment.title, notebook: experiment.notebook.title, dataset: experiment.notebook.dataset,
                exercises: experiment.exercises.map(\.name),
                training: train.map { ExperimentTraining(trainAccuracy: $0, testAccuracy: nil, costs: expected.costs, parameters: network) },
                notebookResult: expected)
        }
        let experiments = [
            try result("opt-gd", .passed, train: 0.7166666666666667, message: "matches the notebook"),
            try result("opt-adam", .failed, train: 0.9366666666666666, message: "off the notebook: training accuracy"),
            try result("init-he", .error, kind: .compileError, train: nil, message: "the exercise did not compile: error: <here>"),
        ]
        return RunResult(exercises: [], solution: "student", isolation: .bubblewrap, startedAt: Date(), duration: 3, experiments: experiments)
    }

    @Test(arguments: JUnitSchemaValidator.schemaNames)
    func junitWithExperimentsIsValid(schema: String) throws {
        try PackagePaths.withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("junit.xml")
            try JUnitReport(path: file.path, hostname: "host").write(try Self.run())
            let validator = try JUnitSchemaValidator(schemaPath: PackagePaths.schemas.appendingPathComponent(schema).path)
            #expect(validator.problems(inFile: file.path) == [])
        }
    }

    @Test func experimentsSuiteCountsAndVerdicts() throws {
        let data = try JUnitReport(hostname: "host").render(try Self.run())
        let document = try XMLDocument(data: data)
        let suite = try #require(try document.nodes(forXPath: "//testsuite[@name='experiments']").first as? XMLElement)
        #expect(suite.attribute(forName: "tests")?.stringValue == "3")
        #expect(suite.attribute(forName: "failures")?.stringValue == "1")
        #expect(suite.attribute(forName: "errors")?.stringValue == "1")
        let root = try #require(document.rootElement())
        #expect(root.attribute(forName: "tests")?.stringValue == "3")
        #expect(try document.nodes(forXPath: "//testcase[@name='opt-adam']/failure[@type='wrongAnswer']").count == 1)
        #expect(try document.nodes(forXPath: "//testcase[@name='init-he']/error[@type='compileError']").count == 1)
        #expect(try document.nodes(forXPath: "//testcase[@name='opt-adam'][@classname='experiments.moons']").count == 1)
        #expect(try document.nodes(forXPath: "//testcase[@name='opt-gd']/*").isEmpty)
    }

    @Test func markdownShowsAccuraciesCostsAndPlots() throws {
        let text = MarkdownReport(environment: [:]).render(try Self.run())
        #expect(text.hasPrefix("# Experiments report"))
        #expect(text.contains("| Mini-batch Adam (`opt-adam`) | Optimization methods (W2A1) | 93.7% / 94.3% |"))
        #expect(text.contains("| 1000 | 0.167845052826 | 0.167845052826 |"))
        #expect(text.contains("![Mini-batch Adam: cost](experiments/opt-adam-cost.svg)"))
        #expect(text.contains("&lt;here&gt;") || text.contains("\\<here\\>") || !text.contains("<here>"))
    }

    @Test func runWithAFailedExperimentHasNotAllPassed() throws {
        #expect(!(try Self.run()).allPassed)
    }

    @Test func terminalShowsTheExperimentsAloneWhenNoExerciseWasGraded() throws {
        let text = TerminalReport().render(try Self.run())
        #expect(text.hasPrefix("Notebook experiments\n"))
        #expect(text.contains("  ✗ opt-adam  train 93.7% (notebook 94.3%)\n      off the notebook: training accuracy\n"))
        #expect(text.contains("  ✗ init-he   He initialization\n"))
        #expect(text.hasSuffix("1 of 3 experiments match the notebooks.\n"))
        #expect(!text.contains("Total:"))
    }
}
