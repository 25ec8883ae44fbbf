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

    /// Replaces the `notImplemented()` line of one stub function with `code`, and returns that line's
    /// number (from 1), where a crash in `code` must be reported.
    ///
    /// - Parameters:
    ///   - file: the stub file, from the copy's root, e.g. `adam/Adam.swift`.
    ///   - function: text that starts the function, e.g. `func updateLR(`.
    ///   - code: the Swift line put in its place.
    func replaceStub(in file: String, of function: String, with code: String) throws -> Int {
        let url = root.appendingPathComponent(file)
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.contains(function) }),
              let stub = lines[start...].firstIndex(where: { $0.contains("notImplemented()") }) else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: url.path])
        }
        lines[stub] = "        " + code
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return stub + 1
    }

    /// Lays a prepared submission from `Tests/Submissions/<name>/` over the copy, file by file, and beside
    /// each exercise it names the reference solution as a student would write it (`Correct<Stem>.swift`,
    /// written by `scripts/correct-submission`), which its files may call where they need a working function.
    func overlay(_ submission: String) throws {
        let source = GraderProcess.packageRoot.appendingPathComponent("Tests/Submissions").appendingPathComponent(submission)
        let correct = try Self.correctSolutions(in: folder.url.appendingPathComponent("correct"))
        let manager = FileManager.default
        for exercise in try manager.contentsOfDirectory(atPath: source.path) {
            var files: [URL] = []
            for file in try manager.contentsOfDirectory(atPath: source.appendingPathComponent(exercise).path) {
                files.append(source.appendingPathComponent(exercise).appendingPathComponent(file))
            }
            let derived = correct.appendingPathComponent(exercise)
            for file in (try? manager.contentsOfDirectory(atPath: derived.path)) ?? [] {
                files.append(derived.appendingPathComponent(file))
            }
            for file in files {
                let target = root.appendingPathComponent(exercise).appendingPathComponent(file.lastPathComponent)
                try? manager.removeItem(at: target)
                try manager.copyItem(at: file, to: target)
            }
        }
    }

    /// Runs `scripts/correct-submission` to write `<exercise>/Correct<Stem>.swift` under `folder`.
    static func correctSolutions(in folder: URL) throws -> URL {
        let process = Process()
        process.executableURL = GraderProcess.packageRoot.appendingPathComponent("scripts/correct-submission")
        process.arguments = [folder.path]
        let error = Pipe()
        process.standardError = error
        try process.run()
        let message = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CorrectSubmissionFailure(message: String(decoding: message, as: UTF8.self))
        }
        return folder
    }

    /// `scripts/correct-submission` failed; its message says why.
    struct CorrectSubmissionFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { "scripts/correct-submission failed: \(message)" }
    }
}
