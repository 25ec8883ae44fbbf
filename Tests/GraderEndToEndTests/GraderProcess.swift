import Foundation
import FoundationXML
#if canImport(Glibc)
import Glibc
#endif

/// Runs the real `grader` executable, as a student or a CI job would, and reads what it left behind.
struct GraderProcess {
    /// What one invocation produced.
    struct Outcome {
        var status: Int32
        var standardOutput: String
        var standardError: String
        /// How long the grader ran, in seconds.
        var seconds: Double = 0
        /// Whether the grader was still running at the run's time limit and was killed.
        var timedOut = false
        /// The folder the reports were written to (empty without report arguments), removed when the
        /// last copy of this outcome goes.
        let folder: ScratchFolder

        /// Where the run's reports are (when it was given report arguments).
        var reports: URL { folder.url }

        /// The JUnit report the run wrote.
        func junit() throws -> XMLDocument {
            try XMLDocument(contentsOf: reports.appendingPathComponent("junit.xml"), options: [])
        }

        /// Every `testcase` of the JUnit report, by name: its outcome element (`failure`, `error`,
        /// `skipped`, or `passed` when it has none) and that element's `type` and `message`.
        func cases() throws -> [String: (outcome: String, type: String, message: String)] {
            var cases: [String: (String, String, String)] = [:]
            for node in try junit().nodes(forXPath: "//testcase") {
                guard let element = node as? XMLElement, let name = element.attribute(forName: "name")?.stringValue else { continue }
                let verdict = element.children?.compactMap { $0 as? XMLElement }
                    .first { ["failure", "error", "skipped"].contains($0.name ?? "") }
                cases[name] = (
                    verdict?.name ?? "passed",
                    verdict?.attribute(forName: "type")?.stringValue ?? "",
                    verdict?.attribute(forName: "message")?.stringValue ?? "")
            }
            return cases
        }

        /// The results JSON the run wrote (`--json`).
        func results() throws -> [String: Any] {
            let data = try Data(contentsOf: reports.appendingPathComponent("results.json"))
            return try JSONSerialization.jsonObject(with: data) as! [String: Any]
        }
    }

    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The grader executable beside this test bundle in the build folder (`swift build` makes it).
    static var executable: URL {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("grader")
    }

    /// Runs the grader with the given arguments and, unless `reportArguments` is false, the options of
    /// `grader run` that write every report to a fresh folder. `environment` is added to the test's own.
    /// `prepareReports` may put files in the reports folder first (an earlier run's reports). A grader
    /// still running after `limit` seconds is killed (`timedOut`); its output is read until its pipes
    /// close, or for at most 10 s more, so a descendant holding them cannot stop the test.
    static func run(
        _ arguments: [String], reportArguments: Bool = true, environment extra: [String: String] = [:],
        limit: Double = .infinity, prepareReports: (URL) throws -> Void = { _ in }
    ) throws -> Outcome {
        let folder = try ScratchFolder("grader-e2e")
        let reports = folder.url
        try prepareReports(reports)
        var all = arguments
        if reportArguments {
            all += ["--junit", reports.appendingPathComponent("junit.xml").path,
                    "--markdown", reports.appendingPathComponent("report.md").path,
                    "--json", reports.appendingPathComponent("results.json").path]
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = all
        process.currentDirectoryURL = packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "GITHUB_STEP_SUMMARY")
        environment.merge(extra) { $1 }
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let start = Date()
        try process.run()
        let errorData = PipeCollector(error)
        let outputData = PipeCollector(output)
        var timedOut = false
        if limit.isFinite {
            let deadline = start.addingTimeInterval(limit)
            while process.isRunning && Date() < deadline { usleep(20_000) }
            if process.isRunning {
                timedOut = true
                kill(process.processIdentifier, SIGKILL)
            }
        }
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(start)
        let patience: Double = limit.isFinite ? 10 : .infinity
        return Outcome(
            status: process.terminationStatus, standardOutput: outputData.text(waiting: patience),
            standardError: errorData.text(waiting: patience), seconds: seconds, timedOut: timedOut, folder: folder)
    }
}

/// Reads a pipe on a background thread so a chatty child cannot block on a full pipe.
private final class PipeCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ pipe: Pipe) {
        let handle = pipe.fileHandleForReading
        Thread.detachNewThread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                lock.withLock { data.append(chunk) }
            }
            done.signal()
        }
    }

    /// What was read, once the pipe closes or `seconds` have passed (then what was read so far).
    func text(waiting seconds: Double) -> String {
        if seconds.isFinite {
            _ = done.wait(timeout: .now() + seconds)
        } else {
            done.wait()
        }
        return lock.withLock { String(decoding: data, as: UTF8.self) }
    }
}
