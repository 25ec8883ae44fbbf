import Foundation

/// A scratch copy of `exercises/` with a prepared submission laid over it, removed when the copy goes.
struct ExerciseCopy {
    /// The folder holding the copy, removed with it.
    private let folder: ScratchFolder

    /// The copy's root, passed to `--exercises-dir`.
    var root: URL { folder.url.appendingPathComponent("exercises") }

    /// Copies the package's untouched `exercises/`.
    init() throws {
        folder = try ScratchFolder("exercises")
        try FileManager.default.copyItem(at: GraderProcess.packageRoot.appendingPathComponent("exercises"), to: root)
    }

    /// Lays a prepared submission from `Tests/Submissions/<name>/` over the copy, file by file.
    func overlay(_ submission: String) throws {
        let source = GraderProcess.packageRoot.appendingPathComponent("Tests/Submissions").appendingPathComponent(submission)
        let manager = FileManager.default
        for exercise in try manager.contentsOfDirectory(atPath: source.path) {
            for file in try manager.contentsOfDirectory(atPath: source.appendingPathComponent(exercise).path) {
                let target = root.appendingPathComponent(exercise).appendingPathComponent(file)
                try? manager.removeItem(at: target)
                try manager.copyItem(at: source.appendingPathComponent(exercise).appendingPathComponent(file), to: target)
            }
        }
    }
}
