/// A 64-bit FNV-1a hash of everything a cached worker depends on: cheap, stable, and enough to tell
/// one edit of a student's file from another (it is a cache key, not a security measure).
struct ContentHasher {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Mixes in bytes, followed by a separator so that ("ab", "c") and ("a", "bc") differ.
    mutating func add(bytes: [UInt8]) {
        for byte in bytes {
            state ^= UInt64(byte)
            state &*= 0x0000_0100_0000_01b3
        }
        state ^= 0xff
        state &*= 0x0000_0100_0000_01b3
    }

    /// Mixes in a string's UTF-8 bytes.
    mutating func add(_ text: String) {
        add(bytes: Array(text.utf8))
    }

    /// The hash as 16 hex digits.
    var hexDigest: String {
        let hex = String(state, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
