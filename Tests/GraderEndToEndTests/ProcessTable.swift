import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The machine's processes as `/proc` shows them, found by a marker in their command line or
/// environment: a unique folder path handed to the grader as `TMPDIR`, which its workers inherit and
/// whose work folders (under it) they are given as their first argument.
enum ProcessTable {
    /// The arguments (`argv`) of each live process whose command line mentions `marker`, by process
    /// id. A zombie's command line is empty: it is not counted.
    static func commandLines(mentioning marker: String) -> [Int32: [String]] {
        var found: [Int32: [String]] = [:]
        for pid in processIdentifiers() {
            let line = read("/proc/\(pid)/cmdline")
            if line.contains(marker) { found[pid] = line.split(separator: "\0").map(String.init) }
        }
        return found
    }

    /// The live processes whose command line or environment mentions `marker`. Another user's
    /// environment is unreadable, but such a process is not the grader's.
    static func processes(mentioning marker: String) -> Set<Int32> {
        Set(processIdentifiers().filter { pid in
            read("/proc/\(pid)/cmdline").contains(marker) || read("/proc/\(pid)/environ").contains(marker)
        })
    }

    /// The processes that still mention `marker` after up to `seconds` of waiting for them to go, so
    /// that a process killed a moment ago is not counted while one that keeps running is.
    static func survivors(mentioning marker: String, waiting seconds: Double = 2) -> Set<Int32> {
        let deadline = Date().addingTimeInterval(seconds)
        var found = processes(mentioning: marker)
        while !found.isEmpty && Date() < deadline {
            usleep(50_000)
            found = processes(mentioning: marker)
        }
        return found
    }

    /// The live processes whose command line mentions `marker` and that started at or after `ticks`
    /// (see `clockTicks()`): what an attack started during a run, whatever its environment.
    static func processes(mentioning marker: String, startedSince ticks: UInt64) -> Set<Int32> {
        Set(processIdentifiers().filter { pid in
            guard read("/proc/\(pid)/cmdline").contains(marker), let start = startTicks(of: pid) else { return false }
            return start >= ticks
        })
    }

    /// Now, in clock ticks since the machine started: the unit of a process's start time in `/proc`.
    static func clockTicks() -> UInt64 {
        let uptime = Double(read("/proc/uptime").split(separator: " ").first ?? "0") ?? 0
        return UInt64(uptime * Double(sysconf(Int32(_SC_CLK_TCK))))
    }

    /// When a process started, in clock ticks since the machine started (field 22 of `/proc/<pid>/stat`).
    static func startTicks(of pid: Int32) -> UInt64? {
        let stat = read("/proc/\(pid)/stat")
        guard let end = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: end)...].split(separator: " ")
        // After the command's closing parenthesis come fields 3 (state) and on: the start time is the 20th.
        return fields.count > 19 ? UInt64(fields[19]) : nil
    }

    /// Kills the given processes with SIGKILL: a test's own runaway workers, once the test has failed.
    static func kill(_ pids: Set<Int32>) {
        for pid in pids { _ = Glibc.kill(pid, SIGKILL) }
    }

    /// Every process id in `/proc` but the test's own.
    private static func processIdentifiers() -> [Int32] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap(Int32.init).filter { $0 != getpid() }
    }

    /// A `/proc` file's bytes as text, NUL separators kept; empty when it cannot be read.
    private static func read(_ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
    }
}

/// Watches `/proc` on a background thread while a grader runs and records the command line of every
/// process that mentions a marker: proof that the workers a later check looks for carried it.
final class ProcessWatch: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [Int32: [String]] = [:]
    private var running = true
    private let done = DispatchSemaphore(value: 0)

    /// Starts looking for `marker`, every 20 ms.
    init(marker: String) {
        Thread.detachNewThread { [self] in
            while lock.withLock({ running }) {
                let found = ProcessTable.commandLines(mentioning: marker)
                lock.withLock { seen.merge(found) { old, _ in old } }
                usleep(20_000)
            }
            done.signal()
        }
    }

    /// Stops looking; returns the arguments of every process seen.
    func stop() -> [[String]] {
        lock.withLock { running = false }
        done.wait()
        return lock.withLock { Array(seen.values) }
    }
}
