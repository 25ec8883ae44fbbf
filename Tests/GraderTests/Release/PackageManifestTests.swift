import Foundation
import Testing

@testable import Grader

@Suite struct PackageManifestTests {
    @Test func theReleaseManifestHasNoReferenceSolutionsAndNoTests() throws {
        let manifest = try String(contentsOf: PackagePaths.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let release = try PackageManifest.studentRelease(manifest)
        #expect(!release.contains(PackageManifest.referenceTarget), "\(release)")
        #expect(!release.contains(".testTarget("))
        for target in ["NumericCore", "Fixtures", "Assignments", "Grader", "GraderCommand", "CaseRunner"] {
            #expect(release.contains("name: \"\(target)\""), "\(target) is kept")
        }
    }
}
