import Foundation

/// A fresh folder in the temporary directory, removed with everything in it when the last reference
/// to it goes.
///
/// Hold it (or a value that holds it) for as long as its files are read: a test's local keeps it until
/// the test ends.
final class ScratchFolder: Sendable {
    /// The folder, named `<prefix>-<UUID>`.
    let url: URL

    /// Creates the folder.
    init(_ prefix: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
