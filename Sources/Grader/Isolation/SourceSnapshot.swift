import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A student's Swift files of one exercise, read once and checked: what the compiler is given.
///
/// Only regular files are read, never through a symlink, so a link to `/etc/passwd` or `/dev/zero`, a
/// loop of links, a folder named `X.swift`, an oversized file or too many files is that exercise's
/// error in one line, and nothing outside the exercise's folder is ever read.
struct SourceSnapshot: Sendable {
    /// One source file: its name and contents.
    struct File: Sendable {
        /// The file's name, e.g. `Adam.swift`.
        var name: String
        /// Its bytes.
        var contents: [UInt8]
    }

    /// The most Swift files an exercise may have.
    static let maximumFiles = 32
    /// The largest Swift file accepted.
    static let maximumFileBytes = 1 << 20
    /// The most entries of an exercise folder examined.
    static let maximumEntries = 1000

    /// The files, sorted by name.
    var files: [File]

    /// Why an exercise's files cannot be compiled, in one line.
    enum Problem: Error, Equatable {
        /// The exercise's folder does not exist.
        case missingFolder(String)
        /// The exercise's folder is not a folder (or is a symlink).
        case notAFolder(String)
        /// The folder holds no Swift file.
        case noSwiftFile(String, expected: String)
        /// A `.swift` entry is a symlink, a folder, a device or anything but a regular file.
        case notARegularFile(String, kind: String)
        /// A file is over the size limit.
        case tooLarge(String, bytes: Int)
        /// More files than allowed.
        case tooManyFiles(String, count: Int)
        /// A file could not be read.
        case unreadable(String, reason: String)

        /// The line a student reads.
        var line: String {
            switch self {
            case .missingFolder(let folder):
                "\(folder) is missing: restore the exercise's folder (its stub file is in the course's repository)"
            case .notAFolder(let folder):
                "\(folder) is not a folder (a symlink or a file): restore the exercise's folder"
            case .noSwiftFile(let folder, let expected):
                "\(folder): no Swift file to compile (expected \(expected))"
            case .notARegularFile(let path, let kind):
                "\(path) is \(kind), not a regular file: only plain .swift files are compiled; remove it"
            case .tooLarge(let path, let bytes):
                "\(path) is \(bytes) bytes; a source file may have at most \(SourceSnapshot.maximumFileBytes) bytes"
            case .tooManyFiles(let folder, let count):
                "\(folder) holds \(count) Swift files; an exercise may have at most \(SourceSnapshot.maximumFiles)"
            case .unreadable(let path, let reason):
                "\(path) cannot be read: \(reason)"
            }
        }
    }

    /// Reads the `.swift` files of `folder`; `display` names the folder in messages.
    static func read(folder: URL, display: String, expected: String) -> Result<SourceSnapshot, Problem> {
        var status = stat()
        guard lstat(folder.path, &status) == 0 else { return .failure(.missingFolder(display)) }
        guard status.st_mode & S_IFMT == S_IFDIR else { return .failure(.notAFolder(display)) }
        guard let directory = opendir(folder.path) else {
            return .failure(.unreadable(display, reason: String(cString: strerror(errno))))
        }
        var names: [String] = []
        var examined = 0
        while let entry = readdir(directory), examined < maximumEntries {
            examined += 1
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name.hasSuffix(".swift") { names.append(name) }
        }
        closedir(directory)
        names.sort()
        guard !names.isEmpty else { return .failure(.noSwiftFile(display, expected: expected)) }
        guard names.count <= maximumFiles else { return .failure(.tooManyFiles(display, count: names.count)) }
        var files: [File] = []
        for name in names {
            switch readRegularFile(folder.appendingPathComponent(name).path, display: display + "/" + name) {
            case .success(let contents): files.append(File(name: name, contents: contents))
            case .failure(let problem): return .failure(problem)
            }
        }
        return .success(SourceSnapshot(files: files))
    }

    /// The bytes of a regular file, opened without following a symlink and checked on the open descriptor.
    private static func readRegularFile(_ path: String, display: String) -> Result<[UInt8], Problem> {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .failure(.unreadable(display, reason: String(cString: strerror(errno)))) }
        guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.notARegularFile(display, kind: kind(status.st_mode))) }
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable(display, reason: String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            return .failure(.notARegularFile(display, kind: kind(status.st_mode)))
        }
        guard Int(status.st_size) <= maximumFileBytes else { return .failure(.tooLarge(display, bytes: Int(status.st_size))) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = Glibc.read(descriptor, &chunk, chunk.count)
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { return .failure(.unreadable(display, reason: String(cString: strerror(errno)))) }
            if count == 0 { break }
            bytes += chunk[..<count]
            guard bytes.count <= maximumFileBytes else { return .failure(.tooLarge(display, bytes: bytes.count)) }
        }
        return .success(bytes)
    }

    private static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFLNK: "a symlink"
        case S_IFDIR: "a folder"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFIFO: "a pipe"
        case S_IFSOCK: "a socket"
        default: "not a plain file"
        }
    }

    /// Writes the files into `folder` (which must exist).
    func write(to folder: URL) throws {
        for file in files {
            try Data(file.contents).write(to: folder.appendingPathComponent(file.name))
        }
    }
}
