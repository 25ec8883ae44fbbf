extension Value {
    /// The entries of a layer in the order a layer computes them, the order of the notebooks' caches
    /// (`Z1, D1, A1, W1, b1`); a gradient (`dZ1`, `dW1`) takes its entry's place.
    private static let layerEntries = ["Z", "D", "A", "W", "b"]

    /// The one order of a dictionary's keys wherever the grader lists them: printed values, the
    /// fixture format, and the comparison's walk and its missing and extra keys.
    ///
    /// Keys go by their trailing layer number (keys without one first), then in the order a layer
    /// computes its entries, `Z, D, A, W, b`, a gradient `dW` beside `W`, then by name. So a dropout cache
    /// reads `Z1, D1, A1, W1, b1, Z2, …, b3`, the notebook's tuple, and parameters `W1, b1, W2, b2`.
    /// A strict weak order: two keys are equivalent only when equal.
    public static func notebookKeyOrder(_ lhs: String, _ rhs: String) -> Bool {
        let (left, right) = (keyRank(lhs), keyRank(rhs))
        if left.layer != right.layer { return left.layer < right.layer }
        if left.entry != right.entry { return left.entry < right.entry }
        return lhs < rhs
    }

    /// The layer number of a key (-1 without one) and the place of its entry in `layerEntries` (after
    /// them when it is none of them).
    private static func keyRank(_ key: String) -> (layer: Int, entry: Int) {
        let digits = key.reversed().prefix { $0.isASCII && $0.isNumber }
        let layer = Int(String(digits.reversed()).prefix(18)) ?? -1
        let stem = String(key.dropLast(digits.count))
        let entry = stem.hasPrefix("d") && layerEntries.contains(String(stem.dropFirst())) ? String(stem.dropFirst()) : stem
        return (layer, layerEntries.firstIndex(of: entry) ?? layerEntries.count)
    }
}
