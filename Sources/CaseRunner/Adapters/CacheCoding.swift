import Assignments
import WorkerProtocol
import NumericCore

extension CaseInputs {
    /// The input `name` as the 12-entry `ForwardCache`, from a dictionary keyed `Z1 A1 W1 b1 Z2 A2 W2 b2 Z3 A3 W3 b3`.
    func forwardCache(_ name: String) throws -> ForwardCache {
        let entries = try matrices(name)
        func entry(_ key: String) throws -> Matrix { try entries.entry(key, of: name) }
        return ForwardCache(
            Z1: try entry("Z1"), A1: try entry("A1"), W1: try entry("W1"), b1: try entry("b1"),
            Z2: try entry("Z2"), A2: try entry("A2"), W2: try entry("W2"), b2: try entry("b2"),
            Z3: try entry("Z3"), A3: try entry("A3"), W3: try entry("W3"), b3: try entry("b3"))
    }

    /// The input `name` as the 14-entry `DropoutCache`, from a dictionary keyed
    /// `Z1 D1 A1 W1 b1 Z2 D2 A2 W2 b2 Z3 A3 W3 b3`.
    func dropoutCache(_ name: String) throws -> DropoutCache {
        let entries = try matrices(name)
        func entry(_ key: String) throws -> Matrix { try entries.entry(key, of: name) }
        return DropoutCache(
            Z1: try entry("Z1"), D1: try entry("D1"), A1: try entry("A1"), W1: try entry("W1"), b1: try entry("b1"),
            Z2: try entry("Z2"), D2: try entry("D2"), A2: try entry("A2"), W2: try entry("W2"), b2: try entry("b2"),
            Z3: try entry("Z3"), A3: try entry("A3"), W3: try entry("W3"), b3: try entry("b3"))
    }
}

extension Value {
    /// A dropout cache as the dictionary the fixtures hold: masks `D1` and `D2` compared exactly,
    /// every other entry with tolerance.
    static func dropoutCache(_ cache: DropoutCache) -> Value {
        .dict([
            "Z1": .matrix(cache.Z1), "D1": .mask(cache.D1), "A1": .matrix(cache.A1),
            "W1": .matrix(cache.W1), "b1": .matrix(cache.b1),
            "Z2": .matrix(cache.Z2), "D2": .mask(cache.D2), "A2": .matrix(cache.A2),
            "W2": .matrix(cache.W2), "b2": .matrix(cache.b2),
            "Z3": .matrix(cache.Z3), "A3": .matrix(cache.A3), "W3": .matrix(cache.W3), "b3": .matrix(cache.b3),
        ])
    }
}
