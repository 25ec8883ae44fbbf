import Foundation

/// The package's root folder, for a grader started from one of its subfolders (`swift run` finds the
/// package from `exercises/adam`, so students do start it there).
enum PackageRoot {
    /// The nearest folder above `folder` holding both `Package.swift` and `exercises/`, when `folder`
    /// itself holds neither; nil otherwise.
    static func above(_ folder: URL) -> URL? {
        let manager = FileManager.default
        func isRoot(_ candidate: URL) -> Bool {
            manager.fileExists(atPath: candidate.appendingPathComponent("Package.swift").path)
                && manager.fileExists(atPath: candidate.appendingPathComponent("exercises").path)
        }
        guard !isRoot(folder), !manager.fileExists(atPath: folder.appendingPathComponent("exercises").path) else { return nil }
        var candidate = folder.standardizedFileURL
        while candidate.path != "/" {
            candidate = candidate.deletingLastPathComponent()
            if isRoot(candidate) { return candidate }
        }
        return nil
    }

    /// Moves the working folder to the package root when started below it, saying so on standard error,
    /// so that `exercises/` and `reports/` mean the package's.
    static func enterIfBelow() {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        guard let root = above(here), FileManager.default.changeCurrentDirectoryPath(root.path) else { return }
        let depth = here.standardizedFileURL.pathComponents.count - root.pathComponents.count
        let relative = Array(repeating: "..", count: depth).joined(separator: "/")
        FileHandle.standardError.write(
            Data("grader: working from the package root (\(relative)): exercises/ and reports/ are its own\n".utf8))
    }
}
