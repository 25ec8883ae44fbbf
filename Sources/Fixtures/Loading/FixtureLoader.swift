import Foundation

/// Reads fixture files: the ones shipped with the package, and an instructor's extra ones.
public enum FixtureLoader {
    /// The folder of fixture files shipped with the package (`Sources/Fixtures/Resources`).
    public static var bundledDirectory: URL {
        Bundle.module.bundleURL.appendingPathComponent("Resources")
    }

    /// Decodes one fixture file's bytes.
    ///
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - fileName: the name used in error messages, e.g. `adam.json`; when it is `<exercise>.json`
    ///     the file must hold that exercise.
    /// - Throws: `FixtureError` with the file name and the JSON path of the first fault.
    public static func decode(_ bytes: [UInt8], fileName: String) throws -> FixtureFile {
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch let error as JSONParser.SyntaxError {
            throw FixtureError(file: fileName, path: "$", reason: error.description)
        }
        let exercise = fileName.hasSuffix(".json") ? String(fileName.dropLast(5)) : nil
        return try JSONCursor(value: document, path: "$", file: fileName).fixtureFile(expectedExercise: exercise)
    }

    /// Loads one fixture file from disk.
    ///
    /// - Throws: `FixtureError` when the file cannot be read or is malformed.
    public static func load(_ url: URL) throws -> FixtureFile {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw FixtureError(file: url.lastPathComponent, path: "$", reason: "cannot read \(url.path)")
        }
        return try decode([UInt8](data), fileName: url.lastPathComponent)
    }

    /// Loads every `*.json` file of a folder, keyed by exercise.
    ///
    /// - Throws: `FixtureError` for the first malformed file, or when the folder cannot be listed.
    public static func loadDirectory(_ directory: URL) throws -> [String: FixtureFile] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw FixtureError(file: directory.lastPathComponent, path: "$", reason: "cannot list the folder \(directory.path)")
        }
        var files: [String: FixtureFile] = [:]
        for name in names.sorted() where name.hasSuffix(".json") {
            let file = try load(directory.appendingPathComponent(name))
            files[file.exercise] = file
        }
        return files
    }

    /// The cases of `base` with those of `overlay` laid over them: a case with the same id is replaced
    /// in place, a new id is appended. The same holds for the hidden-only mistakes, by function and mistake.
    public static func merge(_ base: FixtureFile, with overlay: FixtureFile) -> FixtureFile {
        var merged = base
        for listed in overlay.hiddenOnly {
            if let index = merged.hiddenOnly.firstIndex(where: { $0.function == listed.function && $0.mistake == listed.mistake }) {
                merged.hiddenOnly[index] = listed
            } else {
                merged.hiddenOnly.append(listed)
            }
        }
        for overlayCase in overlay.cases {
            if let index = merged.cases.firstIndex(where: { $0.id == overlayCase.id }) {
                merged.cases[index] = overlayCase
            } else {
                merged.cases.append(overlayCase)
            }
        }
        return merged
    }
}
