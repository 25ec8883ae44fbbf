import Foundation

/// A report could not be written; its description is the one line the command prints before exiting 2.
public struct ReportWriteError: UserFacingError, CustomStringConvertible, Sendable {
    /// Which report, e.g. `JUnit report`.
    public var report: String
    /// The path the caller gave.
    public var path: String
    /// Why, in the operating system's words (e.g. `Permission denied`).
    public var reason: String

    /// E.g. `cannot write the JUnit report to reports/junit.xml: Permission denied`.
    public var description: String { "cannot write the \(report) to \(path): \(reason)" }
}

/// Writes report files: creates missing folders, replaces a file whole or appends to one.
public enum ReportFile {
    /// Prepares the report paths of a run before any grading: two reports may not share a path, each
    /// folder is created, and a report an earlier run left there is removed, so that a run that cannot
    /// finish leaves no report claiming to be its result.
    ///
    /// - Parameter reports: each report's name (e.g. `JUnit report`) and path.
    /// - Throws: `ReportWriteError` for a path that cannot be written; `GraderFailure` when two reports
    ///   name the same file.
    public static func claim(_ reports: [(report: String, path: String)]) throws {
        var seen: [String: String] = [:]
        for (report, path) in reports {
            let resolved = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
            if let other = seen[resolved] {
                throw GraderFailure("the \(other) and the \(report) would both be written to \(path): give them different paths")
            }
            seen[resolved] = report
        }
        for (report, path) in reports {
            try createFolder(of: path, report: report)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
                guard !isFolder.boolValue else { throw ReportWriteError(report: report, path: path, reason: "it is a folder") }
                guard unlink(path) == 0 else {
                    throw ReportWriteError(report: report, path: path, reason: POSIXFailure(code: errno).reason)
                }
            }
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            guard access(folder, W_OK) == 0 else {
                throw ReportWriteError(report: report, path: path, reason: POSIXFailure(code: errno).reason)
            }
        }
    }

    /// Claims the files of `writers` before any grading (see `claim(_:)`).
    ///
    /// - Throws: `ReportWriteError` for a path that cannot be written; `GraderFailure` when two writers
    ///   name the same file.
    public static func claim(_ writers: [any ReportWriter]) throws {
        try claim(writers.map { (report: $0.name, path: $0.path) })
    }

    /// Writes `bytes` to `path` through a temporary file and a rename, so readers never see half a report.
    ///
    /// - Throws: `ReportWriteError` naming `report` and `path` when a folder cannot be created or the
    ///   file cannot be written.
    static func replace(_ path: String, with bytes: Data, report: String) throws {
        try createFolder(of: path, report: report)
        let temporary = "\(path).tmp-\(getpid())"
        do {
            try writeAll(bytes, to: temporary, flags: O_WRONLY | O_CREAT | O_TRUNC)
            guard rename(temporary, path) == 0 else { throw POSIXFailure(code: errno) }
        } catch let failure as POSIXFailure {
            unlink(temporary)
            throw ReportWriteError(report: report, path: path, reason: failure.reason)
        }
    }

    /// Appends `bytes` to `path`, creating the file (not its folder) when it does not exist.
    ///
    /// - Throws: `ReportWriteError` naming `report` and `path`.
    static func append(_ path: String, bytes: Data, report: String) throws {
        do {
            try writeAll(bytes, to: path, flags: O_WRONLY | O_CREAT | O_APPEND)
        } catch let failure as POSIXFailure {
            throw ReportWriteError(report: report, path: path, reason: failure.reason)
        }
    }

    private static func createFolder(of path: String, report: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw ReportWriteError(report: report, path: path, reason: "\(folder) is not a folder")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            let reason = underlying.map { POSIXFailure(code: Int32($0.code)).reason } ?? error.localizedDescription
            throw ReportWriteError(report: report, path: path, reason: "cannot create folder \(folder): \(reason)")
        }
    }

    private static func writeAll(_ bytes: Data, to path: String, flags: Int32) throws {
        let descriptor = open(path, flags | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXFailure(code: errno) }
        defer { close(descriptor) }
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw POSIXFailure(code: errno)
                }
                offset += written
            }
        }
    }
}

/// A failed system call, carrying its `errno`.
private struct POSIXFailure: Error {
    var code: Int32
    /// The operating system's words for the error, e.g. `Permission denied`.
    var reason: String { String(cString: strerror(code)) }
}
