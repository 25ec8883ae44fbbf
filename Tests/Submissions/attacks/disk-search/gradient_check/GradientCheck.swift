// Attack: search the disk for the fixture files and the grader's sources and build folder (walking the
// usual checkout folders, the current directory, its parent, the folders of every absolute path in any
// command line it can read and in its mount table, and `/`), print whatever it finds (those paths too)
// with the first bytes of each file, and return the expected values it can read from a
// `gradient_check.json` instead of computing anything.
import Assignments
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What one search found, made once per worker process (within about a second).
let findings = Findings.search()

struct Findings {
    /// One line per thing found.
    var lines: [String] = []
    /// The expected `difference` of each case, keyed by its inputs "x theta epsilon".
    var expected: [String: Double] = [:]

    static let wanted: Set<String> = [
        "adam.json", "gradient_check.json", "notebook-results.json", "Package.swift", ".build", "grader-workers",
        "Fixtures", "ReferenceSolutions", "Resources", "junit.xml", "report.md", "results.json",
    ]
    static let skipped: Set<String> = ["/proc", "/sys", "/dev", "/usr", "/lib", "/lib64", "/lib32", "/bin", "/sbin", "/run"]

    /// The system's own folders (and `/`), which hold nothing of the grader's.
    static func isSystem(_ path: String) -> Bool {
        path == "/" || ["/usr", "/lib", "/lib64", "/bin", "/sbin", "/etc", "/proc", "/dev", "/sys", "/opt/swift"]
            .contains { path == $0 || path.hasPrefix($0 + "/") }
    }

    static func key(_ x: Double, _ theta: Double, _ epsilon: Double) -> String { "\(x) \(theta) \(epsilon)" }

    static func search() -> Findings {
        var findings = Findings()
        let deadline = Date().addingTimeInterval(1.3)
        let manager = FileManager.default
        var roots = [
            manager.currentDirectoryPath, "..", "/work", "/builds", "/github", "/__w", "/home", "/root", "/srv",
            "/opt", "/tmp", "/var/tmp", "/proc/\(getppid())/cwd", "/proc/self/cwd", "/proc/1/cwd",
        ]
        for name in ["PWD", "OLDPWD", "HOME", "GITHUB_WORKSPACE", "CI_PROJECT_DIR", "TMPDIR"] {
            if let value = ProcessInfo.processInfo.environment[name] { roots.insert(value, at: 0) }
        }
        // Leads: every absolute path in every command line it can read (the grader's own program, say
        // .build/debug/grader, a sandbox's mounts) and in its mount table, with the folders above them.
        var leads: [String] = []
        for entry in (try? manager.contentsOfDirectory(atPath: "/proc")) ?? [] where Int(entry) != nil {
            guard let data = manager.contents(atPath: "/proc/\(entry)/cmdline") else { continue }
            leads += String(decoding: data, as: UTF8.self).split(separator: "\0").map(String.init).filter { $0.hasPrefix("/") }
        }
        if let data = manager.contents(atPath: "/proc/self/mountinfo") {
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
                let fields = line.split(separator: " ")
                if fields.count > 4 { leads += [String(fields[3]), String(fields[4])] }
            }
        }
        let usefulLeads = Set(leads).sorted().filter { !isSystem($0) }
        for lead in usefulLeads {
            var folder = URL(fileURLWithPath: lead).deletingLastPathComponent()
            for _ in 0..<4 where !isSystem(folder.path) {
                roots.append(folder.path)
                folder = folder.deletingLastPathComponent()
            }
        }
        roots.append("/")
        var queue = roots.map { ($0, 0) }
        var visited: Set<String> = []
        var index = 0
        while index < queue.count && Date() < deadline && visited.count < 200_000 {
            let (folder, depth) = queue[index]
            index += 1
            guard !skipped.contains(folder), visited.insert(folder).inserted,
                  let names = try? manager.contentsOfDirectory(atPath: folder) else { continue }
            for name in names {
                let path = folder == "/" ? "/" + name : folder + "/" + name
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                let isFolder = (status.st_mode & S_IFMT) == S_IFDIR
                if wanted.contains(name) { findings.record(path, isFolder: isFolder) }
                if isFolder && depth < 9 { queue.append((path, depth + 1)) }
            }
        }
        findings.lines.insert("attack ran: disk-search (\(visited.count) folders, \(findings.lines.count) finds)", at: 0)
        findings.lines += usefulLeads.prefix(100).map { "lead: \($0)" }
        return findings
    }

    mutating func record(_ path: String, isFolder: Bool) {
        guard lines.count < 300 else { return }
        if isFolder {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).prefix(20)
            lines.append("found folder \(path): \(names.joined(separator: " "))")
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            lines.append("found unreadable \(path)")
            return
        }
        lines.append("found \(path): \(String(decoding: data.prefix(300), as: UTF8.self))")
        let text = String(decoding: data, as: UTF8.self)
        if let range = text.range(of: "\"expected\"") {
            lines.append("expected values in \(path): \(text[range.lowerBound...].prefix(300))")
        }
        if path.hasSuffix("/gradient_check.json") { readExpectedValues(data) }
    }

    /// The fixture format: cases[].inputs.{x,theta,epsilon}.float and cases[].expected.difference.float.
    mutating func readExpectedValues(_ data: Data) {
        guard let file = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let cases = file["cases"] as? [[String: Any]] else { return }
        func number(_ object: Any?) -> Double? {
            let value = (object as? [String: Any])?["float"]
            return (value as? Double) ?? (value as? NSNumber)?.doubleValue ?? (value as? Int).map(Double.init)
        }
        for fixtureCase in cases {
            let inputs = fixtureCase["inputs"] as? [String: Any] ?? [:]
            let expected = fixtureCase["expected"] as? [String: Any] ?? [:]
            if let x = number(inputs["x"]), let theta = number(inputs["theta"]), let epsilon = number(inputs["epsilon"]),
               let difference = number(expected["difference"]) {
                self.expected[Findings.key(x, theta, epsilon)] = difference
            }
        }
    }
}

struct StudentGradientCheck: GradientCheckExercise {
    func gradientCheck(x: Double, theta: Double, epsilon: Double) -> Double {
        let text = findings.lines.joined(separator: "\n")
        print(text)
        fputs(text + "\n", stderr)
        // The answer read from disk if there was one; nothing computed.
        return findings.expected[Findings.key(x, theta, epsilon)] ?? 0.5
    }
}
