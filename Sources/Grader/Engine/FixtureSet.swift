import Assignments
import Fixtures
import Foundation

/// The cases of every exercise: the shipped fixture files, with an instructor's extra files laid over.
public struct FixtureSet: Sendable {
    /// Fixture files by exercise name.
    public var files: [String: FixtureFile]

    /// Loads the shipped fixtures and, if given, the files of `extraDirectory` over them.
    ///
    /// - Throws: `FixtureError` for a malformed file; `GraderFailure` for a file naming no known exercise.
    public static func load(extraDirectory: URL?) throws -> FixtureSet {
        var files = try FixtureLoader.loadDirectory(FixtureLoader.bundledDirectory)
        if let extraDirectory {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: extraDirectory.path, isDirectory: &isFolder), isFolder.boolValue else {
                throw GraderFailure("--fixtures \(extraDirectory.path): no such folder")
            }
            for (exercise, overlay) in try FixtureLoader.loadDirectory(extraDirectory) {
                guard Exercise(rawValue: exercise) != nil else {
                    throw GraderFailure("\(exercise).json in \(extraDirectory.path): there is no exercise named \(exercise)")
                }
                files[exercise] = files[exercise].map { FixtureLoader.merge($0, with: overlay) } ?? overlay
            }
        }
        for (exercise, file) in files {
            guard let info = Exercise(rawValue: exercise) else { continue }
            if let stray = file.cases.first(where: { !info.functions.contains($0.function) }) {
                throw FixtureError(file: "\(exercise).json", path: "$.cases[id=\(stray.id)].function",
                                   reason: "\(exercise) has no graded function \(stray.function)")
            }
        }
        return FixtureSet(files: files)
    }

    /// The cases of one exercise (none when it has no fixture file).
    public func cases(of exercise: String) -> [FixtureCase] {
        files[exercise]?.cases ?? []
    }
}
