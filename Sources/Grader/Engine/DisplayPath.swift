import Foundation

/// Paths as a student reads them: never the grading machine's absolute paths.
enum DisplayPath {
    /// `exercises/adam` for `<graded folder>/adam` where the graded folder is `…/exercises`: relative to
    /// the working folder when the path is inside it (a student at the package's root), else from the
    /// graded folder's own name on (a submission graded elsewhere).
    static func relative(_ url: URL, in gradedFolder: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        let path = url.standardizedFileURL.path
        if path.hasPrefix(cwd) { return String(path.dropFirst(cwd.count)) }
        let graded = gradedFolder.standardizedFileURL.path
        guard path == graded || path.hasPrefix(graded + "/") else { return url.lastPathComponent }
        return gradedFolder.standardizedFileURL.lastPathComponent + path.dropFirst(graded.count)
    }
}
