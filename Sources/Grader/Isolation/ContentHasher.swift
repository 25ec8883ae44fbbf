/// A SHA-256 of everything a cached worker depends on: a student cannot make another submission's
/// files, or another grader's modules, hash to their own worker's key.
struct ContentHasher {
    private var state = SHA256()

    /// Mixes in bytes, preceded by their length so that ("ab", "c") and ("a", "bc") differ.
    mutating func add(bytes: [UInt8]) {
        var length = UInt64(bytes.count).littleEndian
        withUnsafeBytes(of: &length) { state.update($0) }
        state.update(bytes)
    }

    /// Mixes in a string's UTF-8 bytes.
    mutating func add(_ text: String) {
        add(bytes: Array(text.utf8))
    }

    /// The first 20 hex digits of the hash: a cache entry's name.
    var hexDigest: String {
        String(state.hexDigest.prefix(20))
    }
}
