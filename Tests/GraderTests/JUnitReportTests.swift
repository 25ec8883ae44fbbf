import Foundation
import FoundationXML
@testable import Grader
import Testing

/// Writes `run` as JUnit XML into `folder/reports/junit.xml` (the `reports` folder does not exist yet).
private func writeJUnit(_ run: RunResult, in folder: URL) throws -> URL {
    let file = folder.appendingPathComponent("reports/junit.xml")
    try JUnitReport(path: file.path, hostname: "grading-host").write(run)
    return file
}

/// The parsed JUnit report of `run`, written through a temporary folder.
private func junitDocument(_ run: RunResult) throws -> XMLDocument {
    try PackagePaths.withTemporaryFolder { try XMLDocument(contentsOf: try writeJUnit(run, in: $0)) }
}

private func problems(_ file: URL, schema: String) throws -> [String] {
    let validator = try JUnitSchemaValidator(schemaPath: PackagePaths.schemas.appendingPathComponent(schema).path)
    return validator.problems(inFile: file.path)
}

private func strings(_ document: XMLDocument, _ xpath: String) throws -> [String] {
    try document.nodes(forXPath: xpath).map { $0.stringValue ?? "" }
}

@Test(arguments: JUnitSchemaValidator.schemaNames)
func reportOfEveryOutcomeIsValid(schema: String) throws {
    try PackagePaths.withTemporaryFolder { folder in
        let file = try writeJUnit(SampleRuns.everyOutcome(), in: folder)
        #expect(try problems(file, schema: schema) == [])
    }
}

@Test(arguments: JUnitSchemaValidator.schemaNames)
func reportOfAnEmptyRunIsValid(schema: String) throws {
    let run = RunResult(exercises: [], solution: "student", isolation: .bubblewrap, startedAt: Date(), duration: 0)
    try PackagePaths.withTemporaryFolder { folder in
        let file = try writeJUnit(run, in: folder)
        #expect(try problems(file, schema: schema) == [])
    }
}

@Test(arguments: JUnitSchemaValidator.schemaNames)
func validatorRejectsWhatTheSchemasForbid(schema: String) throws {
    // A schema check that accepts anything proves nothing: a testcase without its required name must fail.
    try PackagePaths.withTemporaryFolder { folder in
        let file = folder.appendingPathComponent("bad.xml")
        try Data(#"<testsuites><testsuite name="a" tests="1"><testcase/></testsuite></testsuites>"#.utf8).write(to: file)
        #expect(try !problems(file, schema: schema).isEmpty)
    }
}

@Test func countsAddUpInEverySuiteAndInTheRun() throws {
    let document = try junitDocument(SampleRuns.everyOutcome())
    #expect(try strings(document, "/testsuites/@tests") == ["12"])
    #expect(try strings(document, "/testsuites/@failures") == ["2"])
    #expect(try strings(document, "/testsuites/@errors") == ["7"])
    #expect(try strings(document, "//property[@name='wall_seconds']/@value") == ["17.500"])
    #expect(try strings(document, "//testsuite/@name") == ["adam", "momentum", "dropout"])
    #expect(try strings(document, "//testsuite/@tests") == ["7", "3", "2"])
    #expect(try strings(document, "//testsuite/@skipped") == ["1", "0", "0"])
    for suite in try document.nodes(forXPath: "//testsuite") {
        let count = { (xpath: String) in try suite.nodes(forXPath: xpath).count }
        let attribute = { (name: String) in Int(try strings(document, "\(suite.xPath!)/@\(name)")[0])! }
        #expect(try attribute("tests") == count("testcase"))
        #expect(try attribute("failures") == count("testcase/failure"))
        #expect(try attribute("errors") == count("testcase/error"))
        #expect(try attribute("skipped") == count("testcase/skipped"))
    }
}

@Test func suitesCarryPointsTimesAndHost() throws {
    let document = try junitDocument(SampleRuns.everyOutcome())
    let adam = "//testsuite[@name='adam']"
    let adamCases = try strings(document, "\(adam)/testcase/@time").map { Int((Double($0)! * 1000).rounded()) }
    #expect(try strings(document, "\(adam)/@time") == [JUnitTimes.text(adamCases.reduce(0, +))])
    #expect(try strings(document, "\(adam)/@hostname") == ["grading-host"])
    #expect(try strings(document, "\(adam)/@timestamp") == ["2023-11-14T22:13:20Z"])
    #expect(try strings(document, "\(adam)/properties/property[@name='adam.points']/@value") == ["3"])
    #expect(try strings(document, "\(adam)/properties/property[@name='adam.max_points']/@value") == ["14"])
    let hidden = "update_parameters_with_adam[hidden-1]"
    #expect(try strings(document, "\(adam)/properties/property[@name='max_points.\(hidden)']/@value") == ["3"])
    #expect(try strings(document, "\(adam)/properties/property[@name='points.\(hidden)']/@value") == ["0"])
    #expect(try strings(document, "\(adam)/properties/property[@name='visibility.\(hidden)']/@value") == ["hidden"])
    #expect(try strings(document, "\(adam)/properties/property[@name='visibility.initialize_adam[L=2]']/@value")
        == ["public"])
}

@Test func casesNameTheirOutcomeTypeAndMessage() throws {
    let document = try junitDocument(SampleRuns.everyOutcome())
    #expect(try strings(document, "//testcase[@name='update_parameters_with_adam[t=3]']/@classname")
        == ["adam.update_parameters_with_adam"])
    #expect(try strings(document, "//testcase[@name='update_parameters_with_adam[big]']/@time") == ["10.000"])
    #expect(try strings(document, "//failure/@type") == ["wrongAnswer", "wrongAnswer"])
    #expect(try strings(document, "//error/@type")
        == ["timeout", "crashed", "notImplemented", "notImplemented", "internalError", "compileError", "compileError"])
    let failure = try strings(document, "//testcase[@name='update_parameters_with_adam[t=3]']/failure")[0]
    #expect(failure.hasPrefix(#"parameters["W1"][1, 2]: expected 0.85639907, got 0.85740001"# + "\n\nexpected: 0.85639907"))
    let compile = try strings(document, "//testcase[@name='forward_propagation_with_dropout[kp=0.86]']/error")[0]
    #expect(compile.hasSuffix("Dropout.swift:12:9: error: cannot find 'keep_prob' in scope"))
    // A message with no details still gives consumers that show only the text something to show.
    let crash = try strings(document, "//testcase[@name='update_parameters_with_adam[big]']/error")[0]
    #expect(crash == "did not finish within 10 s; the worker was killed")
}

@Test func skippedCasesAndOutputHaveTheirElements() throws {
    let document = try junitDocument(SampleRuns.everyOutcome())
    let skipped = try document.nodes(forXPath: "//testcase[@name='update_parameters_with_adam[hidden-2]']/skipped")
    #expect(skipped.count == 1)
    #expect((skipped.first as? XMLElement)?.attributes == nil)
    #expect(skipped.first?.stringValue == "hidden cases are not run (--no-hidden)")
    #expect(try strings(document, "//testcase[@name='initialize_adam[L=2]']/system-out") == ["initialising\n"])
    #expect(try document.nodes(forXPath: "//testcase[@name='initialize_adam[L=2]']/*").count == 1)
    #expect(try document.nodes(forXPath: "//testcase[@name='update_parameters_with_adam[t=2]']/*").isEmpty)
}

@Test func timesAreNeverNaNOrNegative() throws {
    var run = SampleRuns.allPassed()
    run.duration = .nan
    run.exercises[0].duration = -1
    run.exercises[0].cases[0].duration = .infinity
    let document = try junitDocument(run)
    #expect(try strings(document, "//property[@name='wall_seconds']/@value") == ["0.000"])
    #expect(try strings(document, "//testcase/@time") == ["0.000", "0.250"])
    #expect(try strings(document, "//testsuite/@time") == ["0.250"])
    #expect(try strings(document, "/testsuites/@time") == ["0.250"])
}

@Test func hostileTextIsSanitisedAndStillValid() throws {
    let hostile = "\u{1B}[31mred\u{1B}[0m bell\u{7} nul\u{0} cdata]]> markup&<>\"' emoji 🧠👩‍🔬\r\nnext line"
    let huge = String(repeating: "012345678\u{0}", count: 100_000)  // 1 MB, every tenth character forbidden
    var run = SampleRuns.everyOutcome()
    run.exercises[0].cases[2].message = hostile
    run.exercises[0].cases[2].details = hostile + "\n" + huge
    run.exercises[0].cases[2].output = "\u{1B}]0;title\u{7}progress 50%\rprogress 100%\n" + hostile
    run.exercises[0].cases[2].id = "update<&>[\u{1B}x\u{1B}]"  // ESC x is an escape; ESC ] never ends
    try PackagePaths.withTemporaryFolder { folder in
        let file = try writeJUnit(run, in: folder)
        for schema in JUnitSchemaValidator.schemaNames {
            #expect(try problems(file, schema: schema) == [])
        }
        #expect(try !String(contentsOf: file, encoding: .utf8).contains("\u{1B}"))
    }
    let document = try junitDocument(run)
    let clean = #"red bell\u{7} nul\u{0} cdata]]> markup&<>"' emoji 🧠👩‍🔬"#
    #expect(try strings(document, "//failure/@message")[0] == clean + " next line")
    let text = try strings(document, "//failure")[0]
    #expect(text.hasPrefix(clean + " next line\n\n" + clean + "\nnext line\n012345678\\u{0}012345678"))
    #expect(text.contains("… [truncated "))
    #expect(text.count < 70_000)
    #expect(try strings(document, "//system-out")[1] == "progress 50%\nprogress 100%\n" + clean + "\nnext line")
    #expect(try strings(document, "//testcase/@name")[2] == #"update<&>[\u{1B}]"#)
}

@Test func unwritablePathThrowsOneLineNamingIt() throws {
    try PackagePaths.withTemporaryFolder { folder in
        let blocker = folder.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let path = blocker.appendingPathComponent("junit.xml").path
        let error = #expect(throws: ReportWriteError.self) {
            try JUnitReport(path: path).write(SampleRuns.allPassed())
        }
        #expect(error?.description == "cannot write the JUnit report to \(path): \(blocker.path) is not a folder")

        let intoFolder = #expect(throws: ReportWriteError.self) {
            try JUnitReport(path: folder.path).write(SampleRuns.allPassed())
        }
        #expect(intoFolder?.description == "cannot write the JUnit report to \(folder.path): Is a directory")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["not-a-folder"])
    }
}

@Test func rewritingReplacesTheOldReportWhole() throws {
    try PackagePaths.withTemporaryFolder { folder in
        let file = try writeJUnit(SampleRuns.everyOutcome(), in: folder)
        try JUnitReport(path: file.path, hostname: "h").write(SampleRuns.allPassed())
        let document = try XMLDocument(contentsOf: file)
        #expect(try strings(document, "//testsuite/@name") == ["gradient_check"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
        #expect(leftovers == ["junit.xml"])
    }
}

@Test func everyPropertyNameIsUniqueInTheDocument() throws {
    var run = SampleRuns.everyOutcome()
    run.experiments = []
    let document = try XMLDocument(data: try JUnitReport(hostname: "h").render(run))
    let names = try strings(document, "//property/@name")
    #expect(names.count == Set(names).count, "repeated: \(names.filter { name in names.filter { $0 == name }.count > 1 })")
    #expect(names.filter { $0 == "isolation" }.count == 1 && names.contains("solution"))
}

@Test func timesAddUpFromCasesToSuitesToTheRoot() throws {
    let document = try XMLDocument(data: try JUnitReport(hostname: "h").render(SampleRuns.everyOutcome()))
    func milliseconds(_ xpath: String) throws -> [Int] {
        try strings(document, xpath).map { Int((Double($0)! * 1000).rounded()) }
    }
    let suites = try document.nodes(forXPath: "/testsuites/testsuite")
    var total = 0
    for index in suites.indices {
        let suite = try milliseconds("/testsuites/testsuite[\(index + 1)]/@time")[0]
        #expect(suite == (try milliseconds("/testsuites/testsuite[\(index + 1)]/testcase/@time")).reduce(0, +))
        total += suite
    }
    #expect(try milliseconds("/testsuites/@time") == [total])
}

