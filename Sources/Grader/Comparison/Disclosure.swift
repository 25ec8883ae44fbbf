import Fixtures

/// How much of a case its feedback may show.
///
/// A **redacted** text says what kind of mistake was made and where (output, key, list index, tuple
/// position, element index, counts of wrong elements), and shows what belongs to the student: their
/// own shape, kind, length and the NaN or infinity they returned. It never shows an expected value, a
/// number derived from one (errors, which give the expected value back from the student's), the
/// student's other values (which mostly equal the expected ones), the expected shape or length
/// (they give away hidden inputs such as the layer sizes), or any input. A shape error says which
/// dimension is wrong; a length error whether there are too many elements or too few. Key names are
/// shown: they are where the mistake is, and the notebook's functions name them.
public enum Disclosure: Sendable, Equatable {
    /// Everything: expected and actual values, errors, shapes (public cases, or `--reveal-hidden`).
    case full
    /// The kind and place of each mistake only (hidden cases).
    case redacted

    /// Full for public cases and for hidden ones when the instructor reveals them; redacted otherwise.
    public init(visibility: Visibility, revealHidden: Bool) {
        self = visibility == .public || revealHidden ? .full : .redacted
    }
}
