import Foundation
import Testing

@testable import Grader

/// The student release written from this repository, and its scanner's verdict on copies of it with a
/// piece of the answer key planted.
@Suite(.serialized) struct StudentReleaseTests {
    /// Writes the release of this repository into `folder/release` and returns it and the answer key.
    func release(in folder: URL) throws -> (URL, StudentRelease.Summary, AnswerKey) {
        let output = folder.appendingPathComponent("release")
        let summary = try StudentRelease(source: PackagePaths.root, output: output, graderRepository: "course/grader", graderRef: "v1").write()
        let taken = ReleaseFiles.regularFiles(under: PackagePaths.root).filter(ReleaseFiles.isTaken)
            .filter { !$0.hasPrefix(ReleaseFiles.fixturesFolder) }
            .map { (try? String(contentsOf: PackagePaths.root.appendingPathComponent($0), encoding: .utf8)) ?? "" }
        return (output, summary, try AnswerKey.of(source: PackagePaths.root, allowed: taken))
    }

    @Test func theReleaseKeepsThePublicCasesAndNothingOfTheAnswerKey() throws {
        try PackagePaths.withTemporaryFolder { folder in
            let (output, summary, key) = try release(in: folder)
            #expect(summary.publicCases > 0 && summary.hiddenCases == key.hiddenIDs.count && !key.hiddenIDs.isEmpty)
            #expect(!key.codeLines.isEmpty && !key.hiddenNumbers.isEmpty)
            let files = ReleaseFiles.regularFiles(under: output)
            for absent in ["Tests/", "tools/", "docs/", "scripts/", "Sources/ReferenceSolutions/"] {
                #expect(!files.contains { $0.hasPrefix(absent) }, "\(absent)")
            }
            for present in ["Package.swift", "README.md", ".github/workflows/classroom.yml", "exercises/README.md"] {
                #expect(files.contains(present), "\(present)")
            }
            let workflow = try String(contentsOf: output.appendingPathComponent(".github/workflows/classroom.yml"), encoding: .utf8)
            #expect(workflow.contains("course/grader/.github/workflows/grade-submission.yml@v1") && !workflow.contains("{{GRADER_"))
            #expect(ReleaseScanner(key: key).firstLeak(in: output) == nil)
        }
    }

    @Test func everyKindOfLeakIsFoundAndNamed() throws {
        try PackagePaths.withTemporaryFolder { folder in
            let (output, _, key) = try release(in: folder)
            let scanner = ReleaseScanner(key: key)
            let id = try #require(key.hiddenIDs.first)
            let number = try #require(key.hiddenNumbers.keys.first)
            let line = try #require(key.codeLines.first)
            let plants = [
                ("a hidden case's id", "// see \(id.id) for the tricky one"),
                ("a hidden value", "let expected = \(number)"),
                ("reference code", "    \(line.key)"),
            ]
            for (what, text) in plants {
                let file = output.appendingPathComponent("Sources/Grader/Planted.swift")
                try Data(text.utf8).write(to: file)
                let leak = scanner.firstLeak(in: output)
                #expect(leak?.file == "Sources/Grader/Planted.swift", "\(what): \(String(describing: leak))")
                try FileManager.default.removeItem(at: file)
            }
            try FileManager.default.createDirectory(
                at: output.appendingPathComponent("Sources/\(PackageManifest.referenceTarget)"), withIntermediateDirectories: true)
            #expect(scanner.firstLeak(in: output)?.what == "the reference solutions' module")
        }
    }

    @Test func aReleaseIsNeverWrittenOverAnotherFolder() throws {
        try PackagePaths.withTemporaryFolder { folder in
            try Data("mine".utf8).write(to: folder.appendingPathComponent("notes.txt"))
            let release = StudentRelease(source: PackagePaths.root, output: folder, graderRepository: "course/grader", graderRef: "v1")
            #expect(throws: GraderFailure.self) { try release.write() }
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("notes.txt").path))
        }
    }

    @Test func numberTokensAndTheirSignificantDigits() {
        #expect(NumberTokens.all(in: "x = -0.0122, y=1.5e-07; W1[2] v2 3.25").map(String.init) == ["-0.0122", "1.5e-07", "2", "3.25"])
        #expect(NumberTokens.significantDigits("0.00123") == 3 && NumberTokens.significantDigits("1000000.0") == 1)
        #expect(NumberTokens.significantDigits("-1.7886284734303186") == 17)
    }
}
