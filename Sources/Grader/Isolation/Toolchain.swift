import Foundation

/// The Swift toolchain the grader compiles workers with.
enum Toolchain {
    /// `swiftc` in the toolchain's own folder, found on PATH, e.g. `/opt/swift/usr/bin/swiftc`: the
    /// folder of the program it links to, since a link on PATH may sit outside the toolchain (the driver
    /// itself must keep the name `swiftc`, which selects its mode).
    static let compiler: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("swiftc")
            guard FileManager.default.isExecutableFile(atPath: candidate.path) else { continue }
            let inToolchain = candidate.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("swiftc")
            return FileManager.default.isExecutableFile(atPath: inToolchain.path) ? inToolchain.path : candidate.path
        }
        return nil
    }()

    /// The toolchain's root (the folder above `bin/swiftc`), e.g. `/opt/swift/usr`: its runtime libraries
    /// and crash reporter must be visible to a worker.
    static var root: String? {
        compiler.map { URL(fileURLWithPath: $0).deletingLastPathComponent().deletingLastPathComponent().path }
    }
}
