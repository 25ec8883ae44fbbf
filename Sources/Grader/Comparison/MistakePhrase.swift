extension Mismatch {
    /// The kind of mistake and where, in a few words that are the same for every student who made it:
    /// `wrong values in parameters["W1"]`, `wrong shape of dW2`. A class report counts these per case.
    public var mistakePhrase: String {
        switch category {
        case .missingOutput: "missing output \(path)"
        case .extraOutput: "extra output \(path)"
        case .kindMismatch: "wrong kind of value in \(path)"
        case .shapeMismatch: "wrong shape of \(path)"
        case .missingKeys: "missing keys in \(path)"
        case .extraKeys: "extra keys in \(path)"
        case .lengthMismatch: "wrong length of \(path)"
        case .nonFinite: "NaN or infinity in \(path)"
        case .valueMismatch, .digestMismatch: "wrong values in \(path)"
        }
    }
}
