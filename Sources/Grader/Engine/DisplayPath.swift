import Foundation

/// Paths as a person at the package's root reads them: relative to the working folder when inside it.
enum DisplayPath {
    /// `exercises/adam` for `<working folder>/exercises/adam`; other paths unchanged.
    static func relative(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }
}
