import Foundation

/// Checks a student release for the answer key: any file or folder named like the reference solutions'
/// module, a line of the reference solutions' or the oracle's code, a hidden case's id, or one of a
/// hidden case's numbers or digests, in any text file.
struct ReleaseScanner: Sendable {
    /// What the release must not hold.
    var key: AnswerKey

    /// A piece of the answer key found in the release.
    struct Leak: Error, CustomStringConvertible {
        /// The file, relative to the release.
        var file: String
        /// What it holds.
        var what: String

        var description: String { "\(file) holds \(what)" }
    }

    /// The first leak in `folder`, in file order, or nil when it holds none.
    func firstLeak(in folder: URL) -> Leak? {
        let manager = FileManager.default
        let all = (manager.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
        if let path = all.first(where: { $0.split(separator: "/").contains(Substring(PackageManifest.referenceTarget)) }) {
            return Leak(file: path, what: "the reference solutions' module")
        }
        for file in ReleaseFiles.regularFiles(under: folder) {
            guard let data = manager.contents(atPath: folder.appendingPathComponent(file).path),
                  let text = String(data: data, encoding: .utf8) else { continue }
            if let leak = firstLeak(inText: text) { return Leak(file: file, what: leak) }
        }
        return nil
    }

    /// What of the answer key `text` holds, in words, or nil.
    func firstLeak(inText text: String) -> String? {
        for line in AnswerKey.lines(text) {
            if let origin = key.codeLines[line] { return "a line of \(origin): \(line)" }
        }
        for (exercise, id) in key.hiddenIDs where text.contains(id) {
            return "the id of the hidden case \(exercise) \(id)"
        }
        for (string, origin) in key.hiddenStrings where text.contains(string) {
            return "a value of the hidden case \(origin)"
        }
        for token in NumberTokens.all(in: text) where NumberTokens.significantDigits(token) >= AnswerKey.significantDigits {
            if let number = Double(token), let origin = key.hiddenNumbers[number] {
                return "\(token), a value of the hidden case \(origin)"
            }
        }
        return nil
    }
}
