import Assignments
import Experiments
import Foundation
import NumericCore

/// The plots the reports draw, as SVG: the notebooks' cost curve and decision boundary over the data
/// points, and a class report's score histogram.
public enum Plots {
    /// Bars of counts over adjacent ranges, each bar labelled with its count, as a class's score
    /// histogram shows how many students scored in each tenth of the points.
    ///
    /// - Parameters:
    ///   - title: the plot's title.
    ///   - xLabel: what the ranges measure, e.g. `score (% of the points)`.
    ///   - bins: each range's lower and upper bound and how many fall in it, in ascending order.
    public static func histogram(title: String, xLabel: String, bins: [(lower: Double, upper: Double, count: Int)]) -> String {
        let highest = Double(bins.map(\.count).max() ?? 0)
        var canvas = SVGCanvas(
            xRange: (bins.first?.lower ?? 0)...(bins.last?.upper ?? 1), yRange: 0...Swift.max(5, highest * 1.1))
        canvas.axes(title: title, xLabel: xLabel, yLabel: "students")
        for bin in bins where bin.count > 0 {
            let left = canvas.px(bin.lower) + 1, right = canvas.px(bin.upper) - 1
            let top = canvas.py(Double(bin.count)), bottom = canvas.py(0)
            canvas.add(##"<rect x="\##(canvas.f(left))" y="\##(canvas.f(top))" width="\##(canvas.f(right - left))" height="\##(canvas.f(bottom - top))" fill="#1f77b4"/>"##)
            canvas.add(##"<text x="\##(canvas.f((left + right) / 2))" y="\##(canvas.f(top - 4))" text-anchor="middle">\##(bin.count)</text>"##)
        }
        return canvas.document()
    }

    /// The cost against iterations (or epochs), the run's curve solid and the notebook's dashed over it
    /// (so that where they agree both stay visible), as the notebooks plot the costs they record, with the
    /// legend above the plot. Non-finite costs are left out, and a line in the corner names the run's
    /// (`not drawn: cost inf at 0`).
    ///
    /// - Parameters:
    ///   - title: the plot's title.
    ///   - stepName: `iterations` or `epochs`.
    ///   - run: the run's recorded costs.
    ///   - notebook: the notebook's recorded costs.
    public static func costCurve(title: String, stepName: String, run: [CostPoint], notebook: [CostPoint]) -> String {
        let finite = (run + notebook).filter { $0.cost.isFinite }
        let steps = finite.map { Double($0.step) }, costs = finite.map(\.cost)
        var canvas = SVGCanvas(
            xRange: (steps.min() ?? 0)...(steps.max() ?? 1), yRange: Swift.min(0, costs.min() ?? 0)...((costs.max() ?? 1) * 1.05))
        canvas.axes(title: title, xLabel: stepName, yLabel: "cost")
        let curves = [
            (run, ##"stroke="#1f77b4" stroke-width="3""##, "this run"),
            (notebook, ##"stroke="#e07b00" stroke-width="1.5" stroke-dasharray="6 4""##, "notebook"),
        ]
        for (points, style, _) in curves {
            let path = points.filter { $0.cost.isFinite }
                .map { "\(canvas.f(canvas.px(Double($0.step)))),\(canvas.f(canvas.py($0.cost)))" }
            if !path.isEmpty {
                canvas.add(##"<polyline fill="none" \##(style) points="\##(path.joined(separator: " "))"/>"##)
            }
        }
        let undrawn = run.filter { !$0.cost.isFinite }.map { "\($0.cost) at \($0.step)" }
        if !undrawn.isEmpty {
            let note = "not drawn: cost " + undrawn.prefix(3).joined(separator: ", ") + (undrawn.count > 3 ? ", …" : "")
            canvas.add(##"<text x="\##(canvas.f(canvas.left + 8))" y="\##(canvas.f(canvas.height - canvas.bottom - 8))" fill="#555">\##(SVGCanvas.escape(note))</text>"##)
        }
        canvas.legend(curves.map { (.line($0.1), $0.2) })
        return canvas.document()
    }

    /// The regions the trained network classifies as 1 (blue) and 0 (red), on a 120 × 120 grid over
    /// the points' range, with the training points coloured by label, as the notebooks'
    /// `plot_decision_boundary` draws them, and a legend for the two classes above the plot.
    ///
    /// - Parameters:
    ///   - title: the plot's title.
    ///   - parameters: the trained `W1…b3`.
    ///   - X: the points, shape `(2, m)`.
    ///   - Y: their 0/1 labels, shape `(1, m)`.
    public static func decisionBoundary(title: String, parameters: Parameters, X: Matrix, Y: Matrix) -> String {
        let xs = X.row(0).storage, ys = X.row(1).storage
        let padX = ((xs.max() ?? 1) - (xs.min() ?? 0)) * 0.1, padY = ((ys.max() ?? 1) - (ys.min() ?? 0)) * 0.1
        var canvas = SVGCanvas(
            xRange: ((xs.min() ?? 0) - padX)...((xs.max() ?? 1) + padX), yRange: ((ys.min() ?? 0) - padY)...((ys.max() ?? 1) + padY))
        let cells = 120
        let width = (canvas.xRange.upperBound - canvas.xRange.lowerBound) / Double(cells)
        let height = (canvas.yRange.upperBound - canvas.yRange.lowerBound) / Double(cells)
        let centresX = (0..<cells * cells).map { canvas.xRange.lowerBound + (Double($0 % cells) + 0.5) * width }
        let centresY = (0..<cells * cells).map { canvas.yRange.lowerBound + (Double($0 / cells) + 0.5) * height }
        let grid = Matrix(rows: 2, columns: cells * cells, data: centresX + centresY)
        let classes = ThreeLayerNetwork.forward(grid, parameters).A3 .> 0.5
        for row in 0..<cells {
            var start = 0
            for column in 1...cells where column == cells || classes[0, row * cells + column] != classes[0, row * cells + start] {
                let colour = classes[0, row * cells + start] == 1 ? "#cfe2f3" : "#f4cccc"
                let x0 = canvas.px(canvas.xRange.lowerBound + Double(start) * width)
                let x1 = canvas.px(canvas.xRange.lowerBound + Double(column) * width)
                let y1 = canvas.py(canvas.yRange.lowerBound + Double(row) * height)
                let y0 = canvas.py(canvas.yRange.lowerBound + Double(row + 1) * height)
                canvas.add(##"<rect x="\##(canvas.f(x0))" y="\##(canvas.f(y0))" width="\##(canvas.f(x1 - x0 + 0.3))" height="\##(canvas.f(y1 - y0 + 0.3))" fill="\##(colour)"/>"##)
                start = column
            }
        }
        for i in 0..<X.columns {
            let colour = Y[0, i] == 1 ? "#1f4e99" : "#b22222"
            canvas.add(##"<circle cx="\##(canvas.f(canvas.px(xs[i])))" cy="\##(canvas.f(canvas.py(ys[i])))" r="3" fill="\##(colour)" stroke="black" stroke-width="0.5"/>"##)
        }
        canvas.axes(title: title, xLabel: "x1", yLabel: "x2")
        canvas.legend([(.dot("#1f4e99"), "label 1 (blue region: predicted 1)"), (.dot("#b22222"), "label 0 (red region: predicted 0)")])
        return canvas.document()
    }
}
