import Assignments
import Experiments
@testable import NotebookData
import Foundation
import FoundationXML
import NumericCore
import Testing

/// The shipped notebook results and datasets, and the plots as well-formed SVG.
@Suite struct NotebookDataTests {
    @Test func everyExperimentHasTheNotebooksResult() throws {
        let notebook = try NotebookResults.load()
        #expect(Set(notebook.results.keys) == Set(Experiment.all.map(\.name)))
    }

    @Test(arguments: [("circles", 300, 100), ("football", 211, 200), ("moons", 300, 0)])
    func datasetsHaveTheNotebooksShapes(name: String, train: Int, test: Int) throws {
        let dataset = try Dataset.load(named: name)
        #expect(dataset.trainX.shape == MatrixShape(rows: 2, columns: train) && dataset.trainY.shape == MatrixShape(rows: 1, columns: train))
        #expect((dataset.test?.X.columns ?? 0) == test)
        #expect(dataset.trainY.storage.allSatisfy { $0 == 0 || $0 == 1 })
    }

    @Test func axisTicksAreRoundNumbersInsideTheRange() {
        let epochs = AxisTicks(0...4900)
        #expect(epochs.values == [0, 1000, 2000, 3000, 4000])
        #expect(epochs.values.map(epochs.label) == ["0", "1000", "2000", "3000", "4000"])
        let costs = AxisTicks(0...0.74)
        #expect(costs.values.map(costs.label) == ["0.0", "0.2", "0.4", "0.6"])
        let coordinates = AxisTicks(-0.686...0.387)
        #expect(coordinates.values.map(coordinates.label) == ["-0.6", "-0.4", "-0.2", "0.0", "0.2"])
        let narrow = AxisTicks(0.69314...0.69316)
        #expect(narrow.values.map(narrow.label) == ["0.693140", "0.693145", "0.693150", "0.693155", "0.693160"])
        for range in [0...4900.0, 0...0.74, -0.686...0.387, -1.2...2.5, 0.69314...0.69316, 1...100_000.0] {
            let ticks = AxisTicks(range)
            #expect((3...8).contains(ticks.values.count), "\(range)")
            #expect(ticks.values.allSatisfy(range.contains), "\(range)")
        }
    }

    @Test func costCurveLabelsItsAxesSeparately() {
        let curve = Plots.costCurve(
            title: "cost", stepName: "epochs", run: [CostPoint(step: 0, cost: 0.7), CostPoint(step: 4900, cost: 0.2)],
            notebook: [])
        #expect(curve.contains(">4000</text>") && curve.contains(">0.6</text>"))
    }

    @Test func plotsAreWellFormedSVG() throws {
        let dataset = try Dataset.load(named: "moons")
        var random = RandomState(seed: 0)
        let parameters: Parameters = [
            "W1": random.randn(5, 2), "b1": .zeros(5, 1), "W2": random.randn(2, 5), "b2": .zeros(2, 1),
            "W3": random.randn(1, 2), "b3": .zeros(1, 1),
        ]
        let boundary = Plots.decisionBoundary(title: "A & B", parameters: parameters, X: dataset.trainX, Y: dataset.trainY)
        let curve = Plots.costCurve(
            title: "cost", stepName: "epochs", run: [CostPoint(step: 0, cost: .infinity), CostPoint(step: 100, cost: 0.5)],
            notebook: [CostPoint(step: 0, cost: 0.7), CostPoint(step: 100, cost: 0.4)])
        for svg in [boundary, curve] {
            let document = try XMLDocument(data: Data(svg.utf8))
            #expect(document.rootElement()?.name == "svg")
        }
        #expect(curve.contains(">not drawn: cost inf at 0</text>"))
        #expect(boundary.contains("A &amp; B"))
        // One dot per training point, and the legend's two.
        #expect(boundary.components(separatedBy: "<circle").count - 1 == dataset.trainX.columns + 2)
        #expect(boundary.contains(">label 1 (blue region: predicted 1)</text>"))
        #expect(curve.contains(">this run</text>") && curve.contains(">notebook</text>"))
    }
}
