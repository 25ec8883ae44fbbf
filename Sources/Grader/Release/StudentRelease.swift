import Foundation

/// The repository students get (`grader release OUT`), made from the course's repository: the grader,
/// able to grade the public cases and to run the experiments; the stubs and their instructions; and the
/// files of the course's `release/` folder (a README for students, a CI workflow that hands grading to the
/// course's pristine grader), with `{{GRADER_REPOSITORY}}` and `{{GRADER_REF}}` filled in.
///
/// It holds no reference solution (the target is dropped from `Package.swift`, with the test targets), no
/// oracle, no hidden case (the fixture files keep their public cases only) and no instructor
/// documentation (only `Sources/`, `exercises/`, `.gitignore` and `reports/.gitkeep` are taken). Once
/// written, the release is scanned for the answer key (`ReleaseScanner`); if any of it is there, the
/// release is removed and the command fails with one line saying what and where.
public struct StudentRelease: Sendable {
    /// The course's repository.
    public var source: URL
    /// Where the release is written: a folder that does not exist yet, or is empty.
    public var output: URL
    /// The course's grader repository, `owner/name`, which the release's CI workflow calls.
    public var graderRepository: String
    /// The tag or branch of the grader the course grades with.
    public var graderRef: String

    /// Describes a release.
    public init(source: URL, output: URL, graderRepository: String, graderRef: String) {
        self.source = source
        self.output = output
        self.graderRepository = graderRepository
        self.graderRef = graderRef
    }

    /// What a release holds.
    public struct Summary: Sendable {
        /// How many files it holds.
        public var files: Int
        /// How many public cases its fixtures keep.
        public var publicCases: Int
        /// How many hidden cases were left out.
        public var hiddenCases: Int
    }

    /// Writes the release and checks it.
    ///
    /// - Throws: `GraderFailure` (one line) when the source is not a course repository, the output is not
    ///   empty or cannot be written, or the written release holds any of the answer key.
    public func write() throws -> Summary {
        let manager = FileManager.default
        for required in ["Package.swift", "exercises", ReleaseFiles.fixturesFolder, ReleaseFiles.templateFolder]
        where !manager.fileExists(atPath: source.appendingPathComponent(required).path) {
            throw GraderFailure("\(source.path) is not the course's repository: it has no \(required)")
        }
        if let existing = try? manager.contentsOfDirectory(atPath: output.path), !existing.isEmpty {
            throw GraderFailure("\(output.path) is not empty: give grader release a new folder")
        }
        let files = ReleaseFiles.regularFiles(under: source).filter(ReleaseFiles.isTaken)
        var allowed: [String] = []
        var summary = Summary(files: 0, publicCases: 0, hiddenCases: 0)
        do {
            for file in files {
                let bytes = manager.contents(atPath: source.appendingPathComponent(file).path) ?? Data()
                if file.hasPrefix(ReleaseFiles.fixturesFolder + "/") && file.hasSuffix(".json") {
                    summary.publicCases += PublicFixtures.publicCases([UInt8](bytes)).count
                    summary.hiddenCases += PublicFixtures.hiddenCases([UInt8](bytes)).count
                    try place(Data(PublicFixtures.strip([UInt8](bytes), file: file).utf8), at: file)
                } else {
                    allowed.append(String(decoding: bytes, as: UTF8.self))
                    try place(bytes, at: file)
                }
            }
            let manifest = String(decoding: manager.contents(atPath: source.appendingPathComponent("Package.swift").path) ?? Data(), as: UTF8.self)
            try place(Data(PackageManifest.studentRelease(manifest).utf8), at: "Package.swift")
            let templates = source.appendingPathComponent(ReleaseFiles.templateFolder)
            for file in ReleaseFiles.regularFiles(under: templates) {
                let text = String(decoding: manager.contents(atPath: templates.appendingPathComponent(file).path) ?? Data(), as: UTF8.self)
                try place(Data(fill(text).utf8), at: file)
            }
        } catch let failure as GraderFailure {
            try? manager.removeItem(at: output)
            throw failure
        } catch {
            try? manager.removeItem(at: output)
            throw GraderFailure("cannot write the release to \(output.path): \(error.localizedDescription)")
        }
        let key = try AnswerKey.of(source: source, allowed: allowed)
        if let leak = ReleaseScanner(key: key).firstLeak(in: output) {
            try? manager.removeItem(at: output)
            throw GraderFailure("the release would give away the answer key, so it was not written: \(leak)")
        }
        summary.files = ReleaseFiles.regularFiles(under: output).count
        return summary
    }

    /// Writes `bytes` at `path` in the release, creating its folders.
    private func place(_ bytes: Data, at path: String) throws {
        let target = output.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: target)
    }

    /// A template's text with the course's grader filled in.
    private func fill(_ text: String) -> String {
        text.replacingOccurrences(of: "{{GRADER_REPOSITORY}}", with: graderRepository)
            .replacingOccurrences(of: "{{GRADER_REF}}", with: graderRef)
    }
}
