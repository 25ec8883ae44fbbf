import Fixtures
import NumericCore

/// The words for one mismatch: a one-line summary and the lines that explain it.
///
/// Numbers print as numpy prints them, with more digits where 8 do not tell expected and got apart.
/// With `.redacted` disclosure no expected value, error or student value other than a NaN or
/// infinity is printed (see `Disclosure`).
struct MismatchText {
    /// How much may be shown.
    let disclosure: Disclosure
    /// Matrices with more elements than this print summarised, with `...`.
    let printThreshold = 100

    private var full: Bool { disclosure == .full }

    /// One line naming the place and the kind of mistake, e.g.
    /// `parameters["W1"]: 3 of 6 values differ; first at [0, 1]: expected 0.85639907, got 0.85740001`.
    func summary(_ mismatch: Mismatch) -> String {
        "\(mismatch.path): " + statement(mismatch)
    }

    private func statement(_ mismatch: Mismatch) -> String {
        switch mismatch.kind {
        case .missingOutput(let expected):
            return "missing output (expected \(expected.phrase(withSize: full)))"
        case .extraOutput(let actual):
            return "unexpected output (got \(actual.phrase(withSize: true)))"
        case .kindMismatch(let expected, let actual):
            return "expected \(expected.phrase(withSize: full)), got \(actual.phrase(withSize: true))"
        case .shapeMismatch(let expected, let actual):
            guard full else { return "wrong shape \(actual): its \(Self.differingDimensions(expected, actual)) the expected shape" }
            return "expected shape \(expected), got \(actual)"
        case .missingKeys(let keys):
            return "missing \(Self.plural(keys.count, "key")) \(Self.keyList(keys))"
        case .extraKeys(let keys):
            return "unexpected \(Self.plural(keys.count, "key")) \(Self.keyList(keys))"
        case .lengthMismatch(let expected, let actual):
            guard full else {
                return "\(Self.plural(actual, "element", counted: true)), \(actual < expected ? "fewer" : "more") than expected"
            }
            let container = mismatch.expected.map { ValueSummary($0).phrase(withSize: false) + " of " } ?? ""
            return "expected \(container)\(Self.plural(expected, "element", counted: true)), got \(actual)"
        case .nonFinite(let record):
            let got = text(record.first.actual)
            let expected = full ? record.first.expected.map { " (expected \(text($0)))" } ?? "" : ""
            guard let index = record.first.index else {
                return "got \(got) where a finite value is expected" + expected
            }
            let place = full ? record.first.expected.map { "first at \(index): expected \(text($0)), got \(got)" } : nil
            return "\(record.count) of \(record.total) values are NaN or infinite where finite values are expected; "
                + (place ?? "first at \(index): got \(got)")
        case .valueMismatch(let discrepancy):
            return valueStatement(discrepancy, isMask: mismatch.expected?.kindName == "mask")
        case .digestMismatch(let discrepancy):
            guard let first = discrepancy.firstDifference, let index = first.index else {
                return "values differ from the expected ones; row 0 matches; the difference is further down"
            }
            let count = "\(discrepancy.firstRowDifferences) of \(discrepancy.shape.columns) values in row 0 differ"
            guard full, let expected = first.expected else { return "\(count); first at \(index)" }
            let pair = textPair(expected, first.actual)
            return "\(count); first at \(index): expected \(pair.expected), got \(pair.actual)"
        }
    }

    private func valueStatement(_ discrepancy: ValueDiscrepancy, isMask: Bool) -> String {
        let first = discrepancy.first
        guard let index = first.index else {
            guard full, let expected = first.expected else {
                return discrepancy.tolerance == nil ? "wrong value" : "wrong value (outside the tolerance)"
            }
            let pair = textPair(expected, first.actual)
            return "expected \(pair.expected), got \(pair.actual)"
        }
        let noun = isMask ? "mask entries" : "values"
        let count = "\(discrepancy.count) of \(discrepancy.total) \(noun) differ; first at \(index)"
        guard full, let expected = first.expected else { return count }
        let pair = textPair(expected, first.actual)
        return "\(count): expected \(pair.expected), got \(pair.actual)"
    }

    /// The lines that follow the summary: tolerance, largest errors, expected and got printed as
    /// numpy prints them (unless `printValues` is false), notes on common confusions.
    func details(_ mismatch: Mismatch, printValues: Bool = true) -> [String] {
        switch mismatch.kind {
        case .kindMismatch(let expected, let actual):
            return kindNote(expected: expected, actual: actual).map { [$0] } ?? []
        case .shapeMismatch(let expected, let actual):
            guard full else { return [] }
            var lines: [String] = []
            if expected.rows == actual.columns && expected.columns == actual.rows && expected.rows != expected.columns {
                lines.append("the shape is transposed: check the order of a matrix product, or a missing transpose")
            }
            if printValues, case .matrix(let m)? = mismatch.actual, m.count <= printThreshold {
                lines += ["got:"] + NumpyText.matrix(m, threshold: printThreshold).split(separator: "\n").map(String.init)
            }
            return lines
        case .nonFinite(let record):
            guard full, printValues, record.first.index != nil else { return [] }
            return printedPair(mismatch)
        case .valueMismatch(let discrepancy):
            let printed = full && printValues && discrepancy.first.index != nil
            let factor = ScaleFactor.common(expected: mismatch.expected, actual: mismatch.actual).map(ScaleFactor.sentence)
            return (factor.map { [$0] } ?? []) + valueDetails(discrepancy) + (printed ? printedPair(mismatch) : [])
        case .digestMismatch(let discrepancy):
            let note = "this output is checked bit for bit against a SHA-256 of the expected float64 values: "
                + "it must be exactly the expected matrix, not merely close"
            guard full else { return [note] }
            return [note, "SHA-256 expected \(discrepancy.expectedSHA256), got \(discrepancy.actualSHA256)"]
        case .missingOutput, .extraOutput, .missingKeys, .extraKeys, .lengthMismatch:
            return []
        }
    }

    private func valueDetails(_ discrepancy: ValueDiscrepancy) -> [String] {
        guard let tolerance = discrepancy.tolerance else { return ["compared exactly"] }
        var lines = ["tolerance: |got - expected| <= atol + rtol * |expected| with rtol \(NumpyText.scalar(tolerance.rtol)), "
                     + "atol \(NumpyText.scalar(tolerance.atol))" + (tolerance.reason.map { " (\($0))" } ?? "")]
        guard let absolute = discrepancy.largestAbsolute, let relative = discrepancy.largestRelative else { return lines }
        if discrepancy.first.index == nil {
            if full {
                lines.append("absolute error \(NumpyText.scalar(absolute.error)), relative error \(NumpyText.scalar(relative.error))")
            }
            return lines
        }
        for (name, peak) in [("absolute", absolute), ("relative", relative)] {
            let place = peak.element.index.map { " at \($0)" } ?? ""
            guard full, let expected = peak.element.expected else {
                lines.append("largest \(name) error\(place)")
                continue
            }
            let pair = textPair(expected, peak.element.actual)
            lines.append("largest \(name) error \(NumpyText.scalar(peak.error))\(place): expected \(pair.expected), got \(pair.actual)")
        }
        return lines
    }

    /// Expected and got matrices, one under the other; summarised with `...` when large.
    private func printedPair(_ mismatch: Mismatch) -> [String] {
        guard let expected = mismatch.expected?.matrixContents, let actual = mismatch.actual?.matrixContents else {
            return []
        }
        let pair: (expected: String, actual: String)
        if mismatch.expected?.kindName == "mask" {
            pair = (NumpyText.mask(expected, threshold: printThreshold), NumpyText.mask(actual, threshold: printThreshold))
        } else {
            pair = NumpyText.distinguishing(expected, actual, threshold: printThreshold)
        }
        return ["expected:"] + pair.expected.split(separator: "\n").map(String.init)
            + ["got:"] + pair.actual.split(separator: "\n").map(String.init)
    }

    private func kindNote(expected: ValueSummary, actual: ValueSummary) -> String? {
        switch (expected.kind, actual.kind) {
        case ("float", "matrix") where actual.shape == MatrixShape(rows: 1, columns: 1):
            return "a (1, 1) matrix is not a number here: return the number itself"
        case ("matrix", "float"), ("matrix", "int"):
            return "a number is not a matrix here: return a matrix, as numpy keeps a 2-D array"
        case ("int", "float"):
            return "an integer is expected: return an Int, not a Double"
        case ("tuple", "list"), ("list", "tuple"):
            return "lists and tuples are distinct kinds here: return \(expected.phrase(withSize: false)), as the notebook does"
        default:
            return nil
        }
    }

    /// A scalar as the feedback prints it.
    private func text(_ value: Value) -> String {
        switch value {
        case .float(let x): NumpyText.scalar(x)
        case .int(let i): String(i)
        case .bool(let b): b ? "True" : "False"
        default: value.kindName
        }
    }

    /// Expected and got with enough digits to differ.
    private func textPair(_ expected: Value, _ actual: Value) -> (expected: String, actual: String) {
        if case .float(let e) = expected, case .float(let a) = actual { return NumpyText.distinguishing(e, a) }
        return (text(expected), text(actual))
    }

    private static func differingDimensions(_ expected: MatrixShape, _ actual: MatrixShape) -> String {
        switch (expected.rows != actual.rows, expected.columns != actual.columns) {
        case (true, true): "numbers of rows and columns differ from"
        case (true, false): "number of rows differs from"
        default: "number of columns differs from"
        }
    }

    private static func plural(_ count: Int, _ noun: String, counted: Bool = false) -> String {
        (counted ? "\(count) " : "") + noun + (count == 1 ? "" : "s")
    }

    private static func keyList(_ keys: [String]) -> String {
        keys.map(ValuePath.quoted).joined(separator: ", ")
    }
}

private extension Value {
    /// The matrix of a matrix or mask value.
    var matrixContents: Matrix? {
        switch self {
        case .matrix(let m), .mask(let m): m
        default: nil
        }
    }
}
