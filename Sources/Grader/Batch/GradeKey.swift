import Assignments
import Fixtures
import Foundation

/// What a submission's grade depends on, each part a SHA-256: the grader build, the fixtures, the grading
/// options and the submission's files. A batch skips a submission whose record holds the same key.
public struct GradeKey: Sendable, Codable, Equatable {
    /// The grader executable's bytes (its build links every module a worker is compiled against).
    public var grader: String
    /// The fixture files: the shipped ones and an instructor's `--fixtures` folder.
    public var fixtures: String
    /// The options that change an outcome: exercises, solution, time limits, hidden cases, sandbox policy.
    public var options: String
    /// The submission's graded files: every `*.swift` entry of each exercise's folder.
    public var content: String

    /// The hash of the running grader executable.
    ///
    /// - Throws: `GraderFailure` when the executable cannot be read.
    public static func runningGrader() throws -> String {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        guard let bytes = FileManager.default.contents(atPath: executable.path) else {
            throw GraderFailure("cannot read the grader executable \(executable.path) to fingerprint it")
        }
        var hasher = SHA256()
        hasher.update([UInt8](bytes))
        return hasher.hexDigest
    }

    /// The hash of the fixture files the options grade with: the shipped folder, then `extraFixtures`.
    public static func fixtures(extraDirectory: URL?) -> String {
        var hasher = ContentHasher()
        for folder in [FixtureLoader.bundledDirectory] + (extraDirectory.map { [$0] } ?? []) {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
            hasher.add("\(names.count) files")
            for name in names {
                hasher.add(name)
                hasher.add(bytes: [UInt8](FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) ?? Data()))
            }
        }
        return hasher.hexDigest
    }

    /// The hash of the options that change what a grading run gives (not where it runs).
    public static func options(_ options: GradingOptions) -> String {
        var hasher = ContentHasher()
        hasher.add(options.exercises.joined(separator: ","))
        hasher.add(options.solution.rawValue)
        hasher.add("timeout \(options.timeout), compile \(options.compileTimeout)")
        hasher.add("hidden \(options.includeHidden), reveal \(options.revealHidden)")
        hasher.add(options.sandbox.rawValue)
        return hasher.hexDigest
    }

    /// The hash of a submission's graded files: per exercise of `Exercise.allCases`, how many entries its folder
    /// has, and each `*.swift` entry's name, kind and bytes (a symlink's target, never what it points to).
    public static func content(of exercisesDirectory: URL) -> String {
        var hasher = ContentHasher()
        let manager = FileManager.default
        for exercise in Exercise.allCases {
            let folder = exercisesDirectory.appendingPathComponent(exercise.name)
            guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else {
                hasher.add("\(exercise.name): none")
                continue
            }
            hasher.add("\(exercise.name): \(names.count) entries")
            for name in names.sorted() where name.hasSuffix(".swift") {
                let path = folder.appendingPathComponent(name).path
                hasher.add(name)
                var status = stat()
                guard lstat(path, &status) == 0 else {
                    hasher.add("unreadable")
                    continue
                }
                switch status.st_mode & S_IFMT {
                case S_IFREG:
                    hasher.add("file \(status.st_size)")
                    let bytes = status.st_size <= SourceSnapshot.maximumFileBytes ? manager.contents(atPath: path) : nil
                    hasher.add(bytes: [UInt8](bytes ?? Data()))
                case S_IFLNK:
                    hasher.add("link " + ((try? manager.destinationOfSymbolicLink(atPath: path)) ?? ""))
                default:
                    hasher.add("other \(status.st_mode & S_IFMT)")
                }
            }
        }
        return hasher.hexDigest
    }
}
