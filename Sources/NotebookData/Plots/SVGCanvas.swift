import Foundation

/// A small SVG document builder: a plot area with linear axes, ticks and labels, and shapes in data units.
struct SVGCanvas {
    /// The image's size in pixels.
    let width = 560.0, height = 420.0
    /// Margins around the plot area: left, right, top, bottom.
    let left = 70.0, right = 20.0, top = 58.0, bottom = 50.0
    /// The data ranges shown.
    let xRange: ClosedRange<Double>, yRange: ClosedRange<Double>
    private(set) var elements: [String] = []

    init(xRange: ClosedRange<Double>, yRange: ClosedRange<Double>) {
        self.xRange = xRange.lowerBound < xRange.upperBound ? xRange : (xRange.lowerBound - 1)...(xRange.upperBound + 1)
        self.yRange = yRange.lowerBound < yRange.upperBound ? yRange : (yRange.lowerBound - 1)...(yRange.upperBound + 1)
    }

    /// The pixel column of a data x.
    func px(_ x: Double) -> Double {
        left + (x - xRange.lowerBound) / (xRange.upperBound - xRange.lowerBound) * (width - left - right)
    }

    /// The pixel row of a data y (up is larger).
    func py(_ y: Double) -> Double {
        height - bottom - (y - yRange.lowerBound) / (yRange.upperBound - yRange.lowerBound) * (height - top - bottom)
    }

    /// Appends raw SVG markup.
    mutating func add(_ element: String) {
        elements.append(element)
    }

    /// The title, the frame, round-valued ticks on each axis with their values, and the axis labels.
    mutating func axes(title: String, xLabel: String, yLabel: String) {
        let plotRight = width - right, plotBottom = height - bottom
        add(##"<rect x="\##(f(left))" y="\##(f(top))" width="\##(f(plotRight - left))" height="\##(f(plotBottom - top))" fill="none" stroke="#333"/>"##)
        let xTicks = AxisTicks(xRange), yTicks = AxisTicks(yRange)
        for x in xTicks.values {
            add(##"<line x1="\##(f(px(x)))" y1="\##(f(plotBottom))" x2="\##(f(px(x)))" y2="\##(f(plotBottom + 5))" stroke="#333"/>"##)
            add(##"<text x="\##(f(px(x)))" y="\##(f(plotBottom + 18))" text-anchor="middle">\##(xTicks.label(x))</text>"##)
        }
        for y in yTicks.values {
            add(##"<line x1="\##(f(left - 5))" y1="\##(f(py(y)))" x2="\##(f(left))" y2="\##(f(py(y)))" stroke="#333"/>"##)
            add(##"<text x="\##(f(left - 8))" y="\##(f(py(y) + 4))" text-anchor="end">\##(yTicks.label(y))</text>"##)
        }
        add(##"<text x="\##(f(width / 2))" y="22" text-anchor="middle" font-size="15">\##(Self.escape(title))</text>"##)
        add(##"<text x="\##(f((left + plotRight) / 2))" y="\##(f(height - 12))" text-anchor="middle">\##(Self.escape(xLabel))</text>"##)
        add(##"<text x="16" y="\##(f((top + plotBottom) / 2))" text-anchor="middle" transform="rotate(-90 16 \##(f((top + plotBottom) / 2)))">\##(Self.escape(yLabel))</text>"##)
    }

    /// The whole document.
    /// What a legend entry shows before its label: a line in a style, or a dot of a colour.
    enum Swatch {
        /// A short line with these SVG stroke attributes.
        case line(String)
        /// A dot of this fill colour.
        case dot(String)
    }

    /// A legend in one row between the title and the plot area, right-aligned, so that it never covers
    /// what is plotted.
    mutating func legend(_ entries: [(swatch: Swatch, label: String)]) {
        let y = top - 12
        var x = width - right
        for (swatch, label) in entries.reversed() {
            x -= Double(label.count) * 6.5
            add(##"<text x="\##(f(x))" y="\##(f(y + 4))">\##(Self.escape(label))</text>"##)
            x -= 30
            switch swatch {
            case .line(let style):
                add(##"<line x1="\##(f(x))" y1="\##(f(y))" x2="\##(f(x + 24))" y2="\##(f(y))" \##(style)/>"##)
            case .dot(let colour):
                add(##"<circle cx="\##(f(x + 18))" cy="\##(f(y))" r="4" fill="\##(colour)" stroke="black" stroke-width="0.5"/>"##)
            }
            x -= 14
        }
    }

    func document() -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(f(width))" height="\(f(height))" viewBox="0 0 \(f(width)) \(f(height))" font-family="sans-serif" font-size="12">
        <rect width="100%" height="100%" fill="white"/>
        \(elements.joined(separator: "\n"))
        </svg>

        """
    }

    /// A coordinate with two decimals.
    func f(_ value: Double) -> String {
        String(format: "%.2f", value)
    }

    /// Text made safe for SVG: `&`, `<`, `>` and `"` escaped.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
