import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Folders the grader makes for a sandboxed process to write in.
enum WorkFolder {
    /// Gives `folder` to the sandbox's user (a grader running as root starts processes as `nobody`), so
    /// the process may write there and nowhere else of the grader's.
    static func handOver(_ folder: URL, to user: SandboxUser?) throws {
        guard let user else { return }
        guard chown(folder.path, uid_t(user.uid), gid_t(user.gid)) == 0 else {
            throw GraderFailure("cannot hand \(folder.path) to the sandbox's user: \(String(cString: strerror(errno)))")
        }
    }

    /// A new private folder under the temporary folder, handed to the sandbox's user.
    static func make(prefix: String, for user: SandboxUser?) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try handOver(folder, to: user)
        } catch let failure as GraderFailure {
            throw failure
        } catch {
            throw GraderFailure("cannot write the work folder \(folder.path): \(error.localizedDescription)")
        }
        return folder
    }
}
