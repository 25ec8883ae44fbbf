import Foundation

/// Folders the tests read from or write to, found from this file's place in the package.
enum PackagePaths {
    /// The package root: this file is `Tests/GraderTests/Support/PackagePaths.swift`.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The JUnit schemas, vendored in `Tests/Schemas` (its README says where each comes from).
    static let schemas = root.appendingPathComponent("Tests/Schemas")

    /// Calls `body` with a new empty folder, and removes the folder and its files afterwards.
    static func withTemporaryFolder<R>(_ body: (URL) throws -> R) throws -> R {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("grader-report-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }
}
