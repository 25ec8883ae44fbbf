import Foundation
import FoundationXML
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// One `grader run` of an attack from `Tests/Submissions/attacks/<attack>`, at one isolation level, and
/// the checks every attack shares: the run ends as a run with failures does (exit 1), every report is
/// written, valid and names the isolation level, the bystander exercises get their usual verdicts, and
/// no process of the run survives it.
///
/// Each run grades the attacked exercises and two bystanders: `forward_propagation`, solved (the
/// reference solution as a student would write it, from `attacks/bystander`), whose cases all pass,
/// and `learning_rate_decay`, untouched, whose cases are all "not implemented".
struct AttackRun {
    /// The `--sandbox` levels every attack runs at: bubblewrap (which must start) and the fallback layer.
    static let levels = ["required", "fallback"]
    /// The exercises graded beside the attacked ones.
    static let bystanders = ["forward_propagation", "learning_rate_decay"]
    /// What the attacks write into the command line of every process they start, to be found later.
    static let survivorMarker = "grader-attack-survivor"
    /// The per-case time limit of every attack run.
    static let caseTimeout = "2"

    /// The `--sandbox` value of the run.
    let level: String
    /// What the grader did.
    let outcome: GraderProcess.Outcome
    /// The graded copy of `exercises/`.
    let copy: ExerciseCopy
    /// The grader's `TMPDIR`: its work folders, and so its workers' arguments, fall under it.
    let temporary: ScratchFolder
    /// The exercises graded, bystanders included.
    let exercises: [String]
    /// Whether the solved bystander was laid over the copy (false for a pristine copy).
    let withBystanders: Bool
    /// The command lines seen carrying `survivorMarker` while the grader ran (when watched).
    let spawned: [[String]]
    /// When the run started, in clock ticks since boot.
    let startTicks: UInt64

    /// The isolation level every report must name: bubblewrap for `required`; for `fallback`, the level
    /// below it that this kernel gives (landlock where it has Landlock, else fallback), as results.json says.
    var isolation: String {
        if level == "required" { return "bubblewrap" }
        let named = (try? outcome.results())?["isolation"] as? String
        return named == "landlock" ? "landlock" : "fallback"
    }

    /// Grades `attack` (nil: the pristine copy `copy`, or a fresh one) at `level`.
    ///
    /// - Parameters:
    ///   - exercises: the attacked exercises; the bystanders are added.
    ///   - arguments: more `grader run` options.
    ///   - watch: whether to record the processes carrying `survivorMarker` while the grader runs.
    ///   - limit: seconds after which the grader is killed (the test then fails).
    ///   - prepare: changes to make to the copy before grading (files git cannot hold).
    init(
        level: String, attack: String?, exercises: [String], arguments: [String] = [],
        environment: [String: String] = [:], copy pristine: ExerciseCopy? = nil, watch: Bool = false,
        limit: Double = 900, prepare: (ExerciseCopy) throws -> Void = { _ in },
        prepareReports: (URL) throws -> Void = { _ in }
    ) throws {
        self.level = level
        let copy = try pristine ?? ExerciseCopy()
        if let attack {
            try copy.overlay("attacks/bystander")
            try copy.overlay("attacks/\(attack)")
        }
        try prepare(copy)
        self.copy = copy
        self.withBystanders = attack != nil
        self.exercises = exercises + Self.bystanders
        temporary = try ScratchFolder("grader-attack-tmp")
        let watcher = watch ? ProcessWatch(marker: Self.survivorMarker) : nil
        startTicks = ProcessTable.clockTicks()
        var all = ["run", "--sandbox", level, "--exercises-dir", copy.root.path]
        all += self.exercises.flatMap { ["--exercise", $0] }
        all += ["--timeout", Self.caseTimeout, "--color", "never"] + arguments
        var environment = environment
        environment["TMPDIR"] = temporary.url.path
        outcome = try GraderProcess.run(all, environment: environment, limit: limit, prepareReports: prepareReports)
        spawned = watcher?.stop() ?? []
    }

    // MARK: Reading the reports

    /// The JUnit report's text ("" when there is none).
    var junitText: String { report("junit.xml") }
    /// The Markdown report's text.
    var markdownText: String { report("report.md") }
    /// The results JSON's text.
    var resultsText: String { report("results.json") }

    /// A report's text, "" when it was not written.
    func report(_ name: String) -> String {
        (try? String(contentsOf: outcome.reports.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    /// Everything the run showed anyone: the three reports and the terminal's output, with XML's and
    /// JSON's escapes undone so that a leaked string is found however it was written.
    var everything: String {
        Self.unescaped([junitText, markdownText, resultsText, outcome.standardOutput, outcome.standardError].joined(separator: "\n"))
    }

    static func unescaped(_ text: String) -> String {
        var text = text
        for (escape, character) in [("&quot;", "\""), ("&#34;", "\""), ("&apos;", "'"), ("&#39;", "'"), ("&lt;", "<"),
                                    ("&gt;", ">"), ("\\\"", "\""), ("\\/", "/"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: escape, with: character)
        }
        return text
    }

    /// The verdict of every case of `exercise` (its JUnit testsuite), by case name.
    func verdicts(of exercise: String) -> [String: GradingOutcomeTests.Verdict] {
        guard let document = try? outcome.junit(),
              let nodes = try? document.nodes(forXPath: "//testsuite[@name='\(exercise)']/testcase") else { return [:] }
        var verdicts: [String: GradingOutcomeTests.Verdict] = [:]
        for node in nodes {
            guard let element = node as? XMLElement, let name = element.attribute(forName: "name")?.stringValue else { continue }
            let verdict = element.children?.compactMap { $0 as? XMLElement }
                .first { ["failure", "error", "skipped"].contains($0.name ?? "") }
            verdicts[name] = (
                verdict?.name ?? "passed", verdict?.attribute(forName: "type")?.stringValue ?? "",
                verdict?.attribute(forName: "message")?.stringValue ?? "")
        }
        return verdicts
    }

    /// The verdicts of the cases of `exercise` whose names start with `function[`.
    func verdicts(of exercise: String, function: String) -> [String: GradingOutcomeTests.Verdict] {
        verdicts(of: exercise).filter { $0.key.hasPrefix(function + "[") }
    }

    /// The names of the cases of `exercise` that passed.
    func passed(in exercise: String) -> [String] {
        verdicts(of: exercise).filter { $0.value.outcome == "passed" }.map(\.key).sorted()
    }

    /// A short account of the run, for failure messages.
    var summary: String {
        let tail = outcome.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).suffix(15).joined(separator: "\n")
        return "sandbox \(level), exit \(outcome.status), \(String(format: "%.1f", outcome.seconds)) s"
            + (outcome.timedOut ? " (killed by the test)" : "")
            + "\nstderr: \(outcome.standardError.prefix(2000))\nstdout (end): \(tail)"
    }

    // MARK: Shared checks

    /// The run ended as a run with failures does, every report is this run's, valid and names the
    /// isolation level, every case of every graded exercise has a verdict, the bystanders have their usual
    /// verdicts, and nothing of the run survives it.
    func expectRestOfRunGraded(sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!outcome.timedOut, "the grader was still running after its time limit: \(summary)", sourceLocation: sourceLocation)
        #expect(outcome.status == 1, "\(summary)", sourceLocation: sourceLocation)
        expectValidReports(sourceLocation: sourceLocation)
        for exercise in exercises {
            let expected = (try? ShippedFixtures.cases(of: exercise).count) ?? -1
            #expect(verdicts(of: exercise).count == expected,
                    "\(exercise): \(verdicts(of: exercise).count) cases in junit.xml, \(expected) in its fixture file",
                    sourceLocation: sourceLocation)
        }
        if withBystanders {
            let solved = verdicts(of: "forward_propagation")
            #expect(!solved.isEmpty && solved.values.allSatisfy { $0.outcome == "passed" },
                    "the solved bystander did not pass: \(solved.filter { $0.value.outcome != "passed" })", sourceLocation: sourceLocation)
        }
        let untouched = verdicts(of: "learning_rate_decay")
        #expect(!untouched.isEmpty && untouched.values.allSatisfy { $0.outcome == "error" && $0.type == "notImplemented" },
                "the untouched bystander: \(untouched.filter { $0.value.type != "notImplemented" })", sourceLocation: sourceLocation)
        expectNoSurvivors(sourceLocation: sourceLocation)
    }

    /// junit.xml (valid against both JUnit schemas), report.md and results.json were written by this run
    /// and each names the isolation level; so do the terminal's last lines. No temporary file is left.
    func expectValidReports(sourceLocation: SourceLocation = #_sourceLocation) {
        let junit = try? outcome.junit()
        #expect(junit != nil, "no readable junit.xml: \(summary)", sourceLocation: sourceLocation)
        if let junit {
            let values = ((try? junit.nodes(forXPath: "//properties/property[@name='isolation']")) ?? [])
                .compactMap { ($0 as? XMLElement)?.attribute(forName: "value")?.stringValue }
            #expect(!values.isEmpty && values.allSatisfy { $0 == isolation },
                    "junit.xml names the isolation level \(values), expected \(isolation)", sourceLocation: sourceLocation)
        }
        for problem in JUnitSchemas.problems(of: outcome.reports.appendingPathComponent("junit.xml")) {
            Issue.record("junit.xml: \(problem)", sourceLocation: sourceLocation)
        }
        let results = try? outcome.results()
        #expect(results != nil, "no readable results.json: \(summary)", sourceLocation: sourceLocation)
        #expect(results?["isolation"] as? String == isolation,
                "results.json names the isolation level \(String(describing: results?["isolation"])), expected \(isolation)",
                sourceLocation: sourceLocation)
        let markdownLine = markdownText.split(separator: "\n").first { $0.hasPrefix("Isolation:") }
        #expect(markdownLine?.contains(isolation) == true,
                "report.md's Isolation: line is \(String(describing: markdownLine)), expected it to name \(isolation)",
                sourceLocation: sourceLocation)
        let lastLines = outcome.standardOutput.split(separator: "\n").suffix(5)
        let terminalLine = lastLines.first { $0.hasPrefix("Isolation:") }
        #expect(terminalLine?.contains(isolation) == true,
                "the terminal's last lines name no isolation level \(isolation): \(Array(lastLines))", sourceLocation: sourceLocation)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: outcome.reports.path)) ?? []
        let strays = files.filter { !["junit.xml", "report.md", "results.json"].contains($0) }
        #expect(strays.isEmpty, "files left beside the reports: \(strays)", sourceLocation: sourceLocation)
    }

    /// No process that carries the grader's `TMPDIR` or an attack's marker (started during this run)
    /// is still running; any found is killed, so that one failed test does not disturb the next.
    func expectNoSurvivors(sourceLocation: SourceLocation = #_sourceLocation) {
        let deadline = Date().addingTimeInterval(3)
        var survivors = survivorSet()
        while !survivors.isEmpty && Date() < deadline {
            usleep(50_000)
            survivors = survivorSet()
        }
        let described = survivors.sorted().map { pid in
            "\(pid): " + String(decoding: FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") ?? Data(), as: UTF8.self)
                .replacingOccurrences(of: "\0", with: " ").prefix(200)
        }
        #expect(survivors.isEmpty, "processes of the run still running after the grader exited: \(described)",
                sourceLocation: sourceLocation)
        ProcessTable.kill(survivors)
    }

    private func survivorSet() -> Set<Int32> {
        ProcessTable.processes(mentioning: temporary.url.path)
            .union(ProcessTable.processes(mentioning: Self.survivorMarker, startedSince: startTicks > 0 ? startTicks - 1 : 0))
    }

    /// The attack's own line (`attack ran: <name>`), printed by the student's code, reached the reports:
    /// proof that the attack ran and that its printed output would have carried anything it found.
    func expectAttackRan(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let ran = everything.contains("attack ran: \(name)")
        #expect(ran, "the attack's output reached no report, so the checks of what it found prove nothing: \(summary)",
                sourceLocation: sourceLocation)
    }

    /// None of `secrets` appears in any report or in the terminal's output.
    func expectNoLeak(of secrets: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let text = everything
        for secret in secrets {
            var places: [String] = []
            for (name, content) in [("junit.xml", junitText), ("report.md", markdownText), ("results.json", resultsText),
                                    ("stdout", outcome.standardOutput), ("stderr", outcome.standardError)]
            where Self.unescaped(content).contains(secret) {
                places.append(name)
            }
            let leaked = text.contains(secret)
            let excerpts = Self.excerpts(of: secret, in: text)
            #expect(!leaked, "\(secret.debugDescription) leaked into \(places): \(excerpts)", sourceLocation: sourceLocation)
        }
    }
}

extension AttackRun {
    /// Up to three lines of `text` holding `secret`, shortened around it.
    static func excerpts(of secret: String, in text: String) -> [String] {
        text.split(separator: "\n").filter { $0.contains(secret) }.prefix(3).map { line in
            guard let range = line.range(of: secret) else { return "" }
            let start = line.index(range.lowerBound, offsetBy: -120, limitedBy: line.startIndex) ?? line.startIndex
            let end = line.index(range.upperBound, offsetBy: 120, limitedBy: line.endIndex) ?? line.endIndex
            return String(line[start..<end])
        }
    }
}

/// The JUnit schemas the reports must satisfy (the vendored `Tests/Schemas`), checked with
/// `xmllint` as CI does.
enum JUnitSchemas {
    static let folder = GraderProcess.packageRoot.appendingPathComponent("Tests/Schemas")

    /// What `xmllint` says is wrong with the file, against each schema; empty when it is valid (or when
    /// `xmllint` or the schemas are missing, which `problems` names once).
    static func problems(of file: URL) -> [String] {
        let xmllint = "/usr/bin/xmllint"
        guard FileManager.default.isExecutableFile(atPath: xmllint) else { return [] }
        var problems: [String] = []
        for schema in ["junit-10.xsd", "jenkins-junit.xsd"] {
            let path = folder.appendingPathComponent(schema).path
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: xmllint)
            process.arguments = ["--noout", "--schema", path, file.path]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            do {
                try process.run()
            } catch {
                return ["xmllint did not start: \(error)"]
            }
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            if process.terminationStatus != 0 { problems.append("not valid against \(schema): \(text.prefix(1000))") }
        }
        return problems
    }
}
