import Foundation

/// How every report writes numbers: points, seconds and counts.
public enum ReportNumbers {
    /// Points with at most two decimals and no trailing zeros: `2`, `7.5`, `0.33`.
    public static func points(_ value: Double) -> String {
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// A "score / max" pair, e.g. `7.5 / 10`.
    static func score(_ points: Double, of maxPoints: Double) -> String {
        "\(self.points(points)) / \(self.points(maxPoints))"
    }

    /// A number of points with its unit: `1 point`, `7.5 points`.
    public static func pointsWithUnit(_ value: Double) -> String {
        points(value) + (value == 1 ? " point" : " points")
    }

    /// A score with its unit, singular when at most one point is to be had: `1 / 1 point`, `7.5 / 10 points`.
    public static func scoreInPoints(_ points: Double, of maxPoints: Double) -> String {
        score(points, of: maxPoints) + (maxPoints == 1 ? " point" : " points")
    }

    /// The share of the points scored, with one decimal and a percent sign, e.g. `64.5%`; `100.0%` when there
    /// are no points to score (nothing was wrong). CI platforms that read a percentage from a job's log,
    /// such as GitLab's `coverage` keyword, read this one.
    static func percent(_ points: Double, of maxPoints: Double) -> String {
        guard maxPoints > 0 else { return "100.0%" }
        return String(format: "%.1f%%", max(0, min(points / maxPoints, 1)) * 100)
    }

    /// Seconds with exactly three decimals, as JUnit's `time` wants; NaN, infinite and negative become 0.
    static func seconds(_ value: Double) -> String {
        String(format: "%.3f", value.isFinite ? max(0, value) : 0)
    }

    /// A duration for people, e.g. `12.35 s`; NaN, infinite and negative become `0.00 s`.
    static func duration(_ value: Double) -> String {
        String(format: "%.2f s", value.isFinite ? max(0, value) : 0)
    }

    /// An integer with a comma between each group of three digits, e.g. `1,234,567`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }

    /// An accuracy as numpy prints it: the shortest text that reads back to the same double, e.g. `0.9433333333333334`.
    static func accuracy(_ value: Double) -> String {
        value.isNaN ? "none" : String(value)
    }

    /// An accuracy for people, as the notebooks' summary tables give it: a percentage with one decimal,
    /// e.g. `99.3%` (one example in 300 is a third of a point, so neighbours stay apart); `none` for NaN.
    static func accuracyPercent(_ value: Double) -> String {
        value.isNaN ? "none" : String(format: "%.1f%%", value * 100)
    }

    /// A cost as the notebooks print it with `str()`: the shortest round-trip text; `inf` and `nan` as numpy writes them.
    static func cost(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        return String(value)
    }
}
