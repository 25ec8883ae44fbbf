import Foundation

/// The JUnit XML report (`reports/junit.xml`) that CI systems read: GitHub Actions, GitLab, Jenkins, Azure.
///
/// The document is valid against both the Jenkins xUnit plugin's `junit-10.xsd` and Jenkins'
/// `jenkins-junit.xsd`, so it keeps to what both accept:
///
/// - `<testsuites name tests failures errors time>`: neither schema allows `skipped` here, so the run's
///   skipped count lives on its suites only.
/// - one `<testsuite name tests failures errors skipped time timestamp hostname id>` per exercise, its
///   children in the order `jenkins-junit.xsd` demands: `<properties>` first, then the test cases.
/// - `<properties>`: `<exercise>.title`, `<exercise>.points`, `<exercise>.max_points`, then per case
///   `points.<case id>`, `max_points.<case id>` and `visibility.<case id>` (`public` or `hidden`); the
///   first suite also holds the run's `solution`, `isolation` (how student code was contained) and
///   `wall_seconds`.
///   Neither schema allows properties on a test case, so a case's points are suite properties named
///   after it, and every property name is unique in the document: some readers (xunitparser) merge
///   the suites' properties into one table.
/// - one `<testcase name classname time>` per case: name is the case id, classname
///   `<exercise>.<function>`, time in seconds with three decimals (never NaN or negative).
/// - in a case: `<failure type="wrongAnswer" message>` for a wrong answer; `<error type message>` for
///   an error or a timeout, `type` being the `ErrorKind` (`notImplemented`, `compileError`, `crashed`,
///   `timeout`, `internalError`); the element's text is the one-line message, a blank line, then the
///   details. A skipped case has `<skipped>reason</skipped>` with no attributes, since
///   `jenkins-junit.xsd` types `skipped` as plain text. The case's output follows in `<system-out>`.
///
/// With experiments (`grader run --experiments`, `grader experiments`), one more suite named `experiments`
/// holds one case per experiment, written as any case is from the experiment's verdict: its name is the
/// experiment's, its classname `experiments.<dataset>`; one that trained off the notebook has `<failure
/// type="wrongAnswer">`, one that did not train an `<error>` typed with its `ErrorKind` (a compile
/// error, a crash, a timeout, a function not implemented). The suite's properties give its title (and,
/// when it is the only suite, the run's solution and isolation) and per experiment the run's and the
/// notebook's training accuracies (`train_accuracy.<name>`, `notebook_train_accuracy.<name>`).
///
/// Times add up too (`JUnitTimes`): a case's is its run in the worker, a suite's the sum of its cases', the
/// root's the sum of its suites'; the run's wall-clock time is the `wall_seconds` property.
///
/// Counts add up: a suite's `tests` is its number of cases, `failures` the wrong answers, `errors` the
/// errors and timeouts, `skipped` the skipped cases; `tests` counts all of them, as Ant and Surefire do.
/// Every string goes through `TextSanitizer` (`line` for attributes, `block` for text).
public struct JUnitReport: ReportWriter {
    /// Where `grader run` writes the report unless told otherwise.
    public static let defaultPath = "reports/junit.xml"

    /// `JUnit report`.
    public var name: String { "JUnit report" }
    /// The file the report is written to.
    public var path: String
    /// The `hostname` attribute of every suite.
    public var hostname: String

    /// Creates the report writer.
    ///
    /// - Parameters:
    ///   - path: the file to write.
    ///   - hostname: the machine's name by default; tests pass a fixed one.
    public init(path: String = defaultPath, hostname: String = ProcessInfo.processInfo.hostName) {
        self.path = path
        self.hostname = hostname
    }

    /// Writes the report to `path`, creating its folder when missing and replacing any older report whole.
    ///
    /// - Throws: `ReportWriteError` naming the path when the folder or file cannot be written.
    public func write(_ run: RunResult) throws {
        try replaceFile { try render(run) }
    }

    /// The report as UTF-8 XML bytes.
    ///
    /// - Throws: `XMLWriterError` when libxml2 fails (out of memory).
    public func render(_ run: RunResult) throws -> Data {
        let xml = try XMLDocumentWriter()
        let cases = run.allCases + (run.experiments ?? []).map(\.verdict)
        try xml.startElement("testsuites")
        try xml.attribute("name", "grader (\(run.solution) solution)")
        try xml.attribute("tests", String(cases.count))
        try xml.attribute("failures", String(cases.filter { $0.status == .failed }.count))
        try xml.attribute("errors", String(cases.filter { $0.status == .error || $0.status == .timedOut }.count))
        try xml.attribute("time", JUnitTimes.text(JUnitTimes.root(run)))
        let timestamp = run.startedAt.formatted(.iso8601)
        for (index, exercise) in run.exercises.enumerated() {
            try writeSuite(exercise.name, exercise.cases, id: index, run: run, timestamp: timestamp, to: xml) {
                try Self.writeProperty("\(exercise.name).title", exercise.title, to: xml)
                try Self.writeProperty("\(exercise.name).points", ReportNumbers.points(exercise.points), to: xml)
                try Self.writeProperty("\(exercise.name).max_points", ReportNumbers.points(exercise.maxPoints), to: xml)
                for result in exercise.cases {
                    try Self.writeProperty("points.\(result.id)", ReportNumbers.points(result.points), to: xml)
                    try Self.writeProperty("max_points.\(result.id)", ReportNumbers.points(result.maxPoints), to: xml)
                    try Self.writeProperty("visibility.\(result.id)", result.isHidden ? "hidden" : "public", to: xml)
                }
            } classname: { "\($0.exercise).\($0.function)" }
        }
        if let experiments = run.experiments {
            let datasets = Dictionary(experiments.map { ($0.name, $0.dataset) }, uniquingKeysWith: { first, _ in first })
            try writeSuite(
                ExperimentJudge.exercise, experiments.map(\.verdict), id: run.exercises.count, run: run, timestamp: timestamp, to: xml
            ) {
                try Self.writeProperty("experiments.title", "Notebook experiments", to: xml)
                for result in experiments {
                    if let train = result.training?.trainAccuracy {
                        try Self.writeProperty("train_accuracy.\(result.name)", ReportNumbers.accuracy(train), to: xml)
                    }
                    try Self.writeProperty(
                        "notebook_train_accuracy.\(result.name)", ReportNumbers.accuracy(result.notebookResult.trainAccuracy), to: xml)
                }
            } classname: { "experiments.\(datasets[$0.id] ?? "")" }
        }
        try xml.endElement()
        return try xml.finish()
    }

    /// One suite: an exercise's cases, or the experiments' verdicts. Its `timestamp` is the run's start:
    /// results carry no per-suite start.
    ///
    /// - Parameters:
    ///   - properties: writes the suite's own properties, after the run's (first suite only).
    ///   - classname: a case's `classname`.
    private func writeSuite(
        _ name: String, _ cases: [CaseResult], id: Int, run: RunResult, timestamp: String, to xml: XMLDocumentWriter,
        properties: () throws -> Void, classname: (CaseResult) -> String
    ) throws {
        let line = TextSanitizer.line
        let count = { (statuses: Set<CaseStatus>) in String(cases.filter { statuses.contains($0.status) }.count) }
        try xml.startElement("testsuite")
        try xml.attribute("name", line.cleanLine(name))
        try xml.attribute("tests", String(cases.count))
        try xml.attribute("failures", count([.failed]))
        try xml.attribute("errors", count([.error, .timedOut]))
        try xml.attribute("skipped", count([.skipped]))
        try xml.attribute("time", JUnitTimes.text(JUnitTimes.suite(cases)))
        try xml.attribute("timestamp", timestamp)
        try xml.attribute("hostname", line.cleanLine(hostname))
        try xml.attribute("id", String(id))
        try xml.startElement("properties")
        if id == 0 { try Self.writeRunProperties(run, to: xml) }
        try properties()
        try xml.endElement()
        for result in cases {
            try writeCase(result, classname: classname(result), to: xml)
        }
        try xml.endElement()
    }

    /// The run's own properties, written once, in the first suite: `solution` and `isolation`.
    private static func writeRunProperties(_ run: RunResult, to xml: XMLDocumentWriter) throws {
        try writeProperty("solution", run.solution, to: xml)
        try writeProperty("isolation", run.isolation.rawValue, to: xml)
        try writeProperty("wall_seconds", ReportNumbers.seconds(run.duration), to: xml)
    }

    private static func writeProperty(_ name: String, _ value: String, to xml: XMLDocumentWriter) throws {
        try xml.startElement("property")
        try xml.attribute("name", TextSanitizer.line.cleanLine(name))
        try xml.attribute("value", TextSanitizer.line.cleanLine(value))
        try xml.endElement()
    }

    private func writeCase(_ result: CaseResult, classname: String, to xml: XMLDocumentWriter) throws {
        let line = TextSanitizer.line
        let message = line.cleanLine(result.message).isEmpty ? result.outcomeLabel : line.cleanLine(result.message)
        try xml.startElement("testcase")
        try xml.attribute("name", line.cleanLine(result.id))
        try xml.attribute("classname", line.cleanLine(classname))
        try xml.attribute("time", JUnitTimes.text(JUnitTimes.milliseconds(result.duration)))
        switch result.status {
        case .passed:
            break
        case .skipped:
            try xml.startElement("skipped")
            try xml.text(message)
            try xml.endElement()
        case .failed, .error, .timedOut:
            try xml.startElement(result.status == .failed ? "failure" : "error")
            try xml.attribute("type", result.junitType)
            try xml.attribute("message", message)
            let details = TextSanitizer.block.clean(result.details)
            try xml.text(details.isEmpty ? message : "\(message)\n\n\(details)")
            try xml.endElement()
        }
        let output = TextSanitizer.block.clean(result.output)
        if !output.isEmpty {
            try xml.startElement("system-out")
            try xml.text(output)
            try xml.endElement()
        }
        try xml.endElement()
    }
}
