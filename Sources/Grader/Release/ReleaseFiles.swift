import Foundation

/// Which files of the course's repository the student release takes, and how it lists a folder.
enum ReleaseFiles {
    /// The folders and files taken as they are (sources are filtered below).
    static let taken = ["Sources", "exercises", ".gitignore", "reports/.gitkeep"]
    /// The folder of the fixture files, whose hidden cases are stripped.
    static let fixturesFolder = "Sources/Fixtures/Resources"
    /// The folder of the release's own files (student README, CI workflow), laid over the release with
    /// `{{GRADER_REPOSITORY}}` and `{{GRADER_REF}}` filled in.
    static let templateFolder = "release"

    /// Whether the release takes the repository file at `path` (relative to the repository's root).
    static func isTaken(_ path: String) -> Bool {
        guard taken.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) else { return false }
        return !path.hasPrefix("Sources/\(PackageManifest.referenceTarget)/") && !path.split(separator: "/").contains(".build")
    }

    /// The regular files under `folder` (symlinks not followed), as paths relative to it, sorted.
    static func regularFiles(under folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey]) else {
            return []
        }
        let base = folder.standardizedFileURL.path + "/"
        var files: [String] = []
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            guard values?.isRegularFile == true, values?.isSymbolicLink != true else { continue }
            let path = url.standardizedFileURL.path
            if path.hasPrefix(base) { files.append(String(path.dropFirst(base.count))) }
        }
        return files.sorted()
    }
}
