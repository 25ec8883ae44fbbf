import Foundation

/// One student's work in a batch: a folder of the submissions folder that holds `exercises/`, such as a
/// checkout of the student's repository. Its name is the folder's name.
public struct Submission: Sendable, Equatable {
    /// The folder's name, which names the submission everywhere (reports, records, the roster).
    public var name: String
    /// The folder.
    public var folder: URL

    /// The folder the grader grades: `<folder>/exercises`.
    public var exercisesDirectory: URL { folder.appendingPathComponent("exercises") }

    /// What a submissions folder holds.
    public struct Listing: Sendable {
        /// The submissions, by name.
        public var submissions: [Submission]
        /// Folders without `exercises/` (not submissions), by name.
        public var ignored: [String]
    }

    /// The submissions in `root` (which may be a symlink to the folder): each folder in it (not a symlink,
    /// not hidden) that holds a folder `exercises`, sorted by name.
    ///
    /// - Throws: `GraderFailure` when `root` is not a readable folder.
    public static func discover(in root: URL) throws -> Listing {
        let manager = FileManager.default
        var rootIsFolder: ObjCBool = false
        guard manager.fileExists(atPath: root.path, isDirectory: &rootIsFolder), rootIsFolder.boolValue,
              let names = try? manager.contentsOfDirectory(atPath: root.path) else {
            throw GraderFailure("\(root.path): not a readable folder of submissions")
        }
        var listing = Listing(submissions: [], ignored: [])
        for name in names.sorted() where !name.hasPrefix(".") {
            let folder = root.appendingPathComponent(name)
            guard isFolder(folder.path) else { continue }
            if isFolder(folder.appendingPathComponent("exercises").path) {
                listing.submissions.append(Submission(name: name, folder: folder))
            } else {
                listing.ignored.append(name)
            }
        }
        return listing
    }

    /// Whether `path` is a folder itself, not a symlink to one.
    private static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }
}
