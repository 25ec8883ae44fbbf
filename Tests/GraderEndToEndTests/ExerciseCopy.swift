import Foundation

/// A scratch copy of `exercises/` with a prepared submission laid over it.
struct ExerciseCopy {
    /// The copy's root, passed to `--exercises-dir`.
    let root: URL

    /// Copies the package's untouched `exercises/`.
    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("exercises-\(UUID().uuidString)")
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
