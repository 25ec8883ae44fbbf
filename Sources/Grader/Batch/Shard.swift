/// One of N disjoint, stable parts of a class (`--shard I/N`), so that N machines share the grading.
///
/// A submission belongs to part `1 + h mod N`, where `h` is the first 64 bits of the SHA-256 of its
/// folder's name: the same on every machine and in every run, whatever else is in the folder, so a
/// late submission joins a part without moving any other.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// Which part, from 1 to `count`.
    public let index: Int
    /// How many parts.
    public let count: Int

    /// The whole class as one part.
    public static let whole = Shard(uncheckedIndex: 1, count: 1)

    private init(uncheckedIndex index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Reads `I/N`, with 1 ≤ I ≤ N.
    ///
    /// - Throws: `GraderFailure` for anything else, saying what is expected.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index) else {
            throw GraderFailure("--shard \(text): expected I/N with 1 ≤ I ≤ N, e.g. 1/4 (a zero-based index such as Kubernetes' JOB_COMPLETION_INDEX needs + 1)")
        }
        self.init(uncheckedIndex: index, count: count)
    }

    /// `I/N`.
    public var description: String { "\(index)/\(count)" }

    /// Whether the submission in the folder named `name` belongs to this part.
    public func contains(_ name: String) -> Bool {
        Self.part(of: name, count: count) == index
    }

    /// The part, from 1 to `count`, of the submission in the folder named `name`.
    public static func part(of name: String, count: Int) -> Int {
        var hash = SHA256()
        hash.update(Array(name.utf8))
        let prefix = UInt64(hash.hexDigest.prefix(16), radix: 16)!
        return Int(prefix % UInt64(count)) + 1
    }
}
