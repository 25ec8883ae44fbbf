/// The outcome of comparing a case's outputs: passed, or every mismatch found.
///
/// Mismatches are ordered structure first (missing or extra outputs, kinds, shapes, keys, lengths),
/// then non-finite values, then wrong values; within each group, in output and key order. The first
/// one is what a one-line message shows. Turn a report into text with `CaseFeedback`.
public struct ComparisonReport: Sendable, Equatable {
    /// The expected outputs' names, in the order they were compared.
    public var outputs: [String]
    /// Every mismatch found, most fundamental first.
    public var mismatches: [Mismatch]

    /// Creates a report.
    public init(outputs: [String], mismatches: [Mismatch]) {
        self.outputs = outputs
        self.mismatches = mismatches
    }

    /// True when every output matched.
    public var passed: Bool { mismatches.isEmpty }
}
