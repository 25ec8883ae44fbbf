import Foundation

/// A scratch copy of `exercises/` that a test rewrites, file by file, into the submission it needs.
struct ExerciseCopy {
    /// The copy's root, passed to `--exercises-dir`.
    let root: URL

    /// Copies the package's untouched `exercises/`.
    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("exercises-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: GraderProcess.packageRoot.appendingPathComponent("exercises"), to: root)
    }

    /// Replaces an exercise's Swift file with `source`.
    func write(_ exercise: String, file: String, _ source: String) throws {
        try Data(source.utf8).write(to: root.appendingPathComponent(exercise).appendingPathComponent(file))
    }

    /// Makes an exercise's student type the reference solution: a submission that passes every case.
    func useReference(_ exercise: String, stem: String) throws {
        try write(exercise, file: "\(stem).swift", """
            import Assignments
            typealias Student\(stem) = Reference\(stem)

            """)
    }
}
