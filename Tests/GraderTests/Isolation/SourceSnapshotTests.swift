import Foundation
import Testing

@testable import Grader

/// What the compiler may be given from an exercise folder: plain Swift files only, each problem one line.
@Suite struct SourceSnapshotTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("snapshot-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func read() -> Result<SourceSnapshot, SourceSnapshot.Problem> {
        SourceSnapshot.read(folder: folder, display: "exercises/adam", expected: "Adam.swift")
    }

    func problem() -> String? {
        if case .failure(let problem) = read() { return problem.line }
        return nil
    }

    @Test func plainFilesAreReadInOrder() throws {
        try Data("let b = 2".utf8).write(to: folder.appendingPathComponent("B.swift"))
        try Data("let a = 1".utf8).write(to: folder.appendingPathComponent("A.swift"))
        try Data("notes".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let snapshot = try read().get()
        #expect(snapshot.files.map(\.name) == ["A.swift", "B.swift"])
        #expect(snapshot.files[0].contents == Array("let a = 1".utf8))
    }

    @Test func aSymlinkToASecretIsRefusedUnread() throws {
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("Leak.swift").path, withDestinationPath: "/etc/passwd")
        let line = try #require(problem())
        #expect(line == "exercises/adam/Leak.swift is a symlink, not a regular file: only plain .swift files are compiled; remove it")
    }

    @Test func loopsDevicesAndFoldersAreRefused() throws {
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("A.swift").path, withDestinationPath: "B.swift")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("B.swift").path, withDestinationPath: "A.swift")
        #expect(problem()?.contains("is a symlink") == true)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("A.swift"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("B.swift"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("X.swift"), withIntermediateDirectories: true)
        #expect(problem()?.contains("X.swift is a folder") == true)
    }

    @Test func oversizedAndTooManyFilesAreRefused() throws {
        try Data(repeating: 32, count: SourceSnapshot.maximumFileBytes + 1).write(to: folder.appendingPathComponent("Big.swift"))
        #expect(problem()?.contains("Big.swift is \(SourceSnapshot.maximumFileBytes + 1) bytes") == true)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Big.swift"))
        for index in 0...SourceSnapshot.maximumFiles {
            try Data().write(to: folder.appendingPathComponent("F\(index).swift"))
        }
        #expect(problem()?.contains("holds \(SourceSnapshot.maximumFiles + 1) Swift files") == true)
    }

    @Test func aMissingOrLinkedFolderIsNamed() throws {
        try FileManager.default.removeItem(at: folder)
        #expect(problem()?.hasPrefix("exercises/adam is missing") == true)
        try FileManager.default.createSymbolicLink(atPath: folder.path, withDestinationPath: "/etc")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(problem()?.hasPrefix("exercises/adam is not a folder") == true)
    }
}
