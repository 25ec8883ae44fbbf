import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Each attack on the grader a dishonest student could try (issue 11), as student code in
/// `Tests/Submissions/attacks/<attack>`, graded at both isolation levels: under bubblewrap
/// (`--sandbox required`) and under the fallback layer (`--sandbox fallback`). Each test asserts that
/// the attack gains nothing, that nothing leaks, that nothing of the run survives it, and that the rest
/// of the run is graded (`AttackRun.expectRestOfRunGraded`).
///
/// Serialized: the runs share the machine's two cores with the per-case time limit, and the tokens
/// attack's listener owns a fixed port.
@Suite(.serialized)
struct AttackTests {
    /// The first public gradient_check case, on which several attacks act (its inputs: x = 2, θ = 4).
    static let firstGradientCheck = "gradient_check[x=2.0,theta=4.0,epsilon=1e-07]"

    // MARK: 1-2. What student code can see

    /// Calling the reference solution, which workers no longer link, is a compile error of that exercise.
    @Test(arguments: AttackRun.levels) func callingAReferenceSolutionIsACompileError(sandbox: String) throws {
        let run = try AttackRun(level: sandbox, attack: "reference-adam", exercises: ["adam"])
        run.expectRestOfRunGraded()
        let verdicts = run.verdicts(of: "adam")
        #expect(!verdicts.isEmpty && verdicts.values.allSatisfy {
            $0.outcome == "error" && $0.type == "compileError" && $0.message.contains("cannot find 'ReferenceAdam' in scope")
        }, "\(verdicts)")
        #expect(run.passed(in: "adam").isEmpty, "0 points for adam")
    }

    /// Importing the grader's own modules is a compile error of that exercise: "no such module".
    @Test(arguments: AttackRun.levels) func importingTheGradersModulesIsACompileError(sandbox: String) throws {
        let imports = ["gradient_check": "Fixtures", "momentum": "ReferenceSolutions", "adam": "NotebookData", "dropout": "Grader"]
        let run = try AttackRun(level: sandbox, attack: "imports", exercises: imports.keys.sorted())
        run.expectRestOfRunGraded()
        for (exercise, module) in imports.sorted(by: { $0.key < $1.key }) {
            let verdicts = run.verdicts(of: exercise)
            #expect(!verdicts.isEmpty && verdicts.values.allSatisfy {
                $0.outcome == "error" && $0.type == "compileError" && $0.message.contains("no such module")
                    && $0.message.contains(module)
            }, "import \(module) in \(exercise): \(verdicts.values.map { "\($0.outcome) \($0.type): \($0.message.prefix(300))" }.first ?? "no cases")")
        }
    }

    // MARK: 3-4. What student code can read

    /// The grader's command line (with an instructor's private `--fixtures` folder), process 1's and every
    /// other process's, read from /proc and printed, reach no report.
    @Test(arguments: AttackRun.levels) func commandLinesFromProcReachNoReport(sandbox: String) throws {
        let marker = "private\(UUID().uuidString.replacingOccurrences(of: "-", with: ""))"
        let fixtures = try ScratchFolder(marker)
        try FileManager.default.copyItem(
            at: GraderProcess.packageRoot.appendingPathComponent("Sources/Fixtures/Resources/gradient_check.json"),
            to: fixtures.url.appendingPathComponent("gradient_check.json"))
        chmod(fixtures.url.path, 0o700)
        let run = try AttackRun(
            level: sandbox, attack: "proc-cmdline", exercises: ["gradient_check"],
            arguments: ["--fixtures", fixtures.url.path, "--verbose"])
        run.expectRestOfRunGraded()
        run.expectAttackRan("proc-cmdline")
        run.expectNoLeak(of: [marker, fixtures.url.path])
        #expect(run.passed(in: "gradient_check").isEmpty)
    }

    /// A search of the disk for the fixtures and the grader's sources and build folder finds nothing,
    /// and returning what it read earns nothing.
    @Test(arguments: AttackRun.levels) func searchingTheDiskFindsNoFixtureOrSource(sandbox: String) throws {
        let run = try AttackRun(level: sandbox, attack: "disk-search", exercises: ["gradient_check"], arguments: ["--verbose"])
        run.expectRestOfRunGraded()
        run.expectAttackRan("disk-search")
        run.expectNoLeak(of: [
            GraderProcess.packageRoot.path, "\"expected\"", "outputTolerances", "\"provenance\"",
            "swift-tools-version", "PackageDescription", "tools/oracle",
        ])
        #expect(run.passed(in: "gradient_check").isEmpty, "cases passed with values read from disk: \(run.passed(in: "gradient_check"))")
    }

    // MARK: 5-7. The protocol and the worker cache

    /// Reports and `start K` / `done K` lines forged for cases the worker never ran are not believed.
    @Test(arguments: AttackRun.levels) func forgedReportsForCasesNeverRunDoNotPass(sandbox: String) throws {
        let run = try AttackRun(level: sandbox, attack: "forged-reports", exercises: ["gradient_check"])
        run.expectRestOfRunGraded()
        run.expectAttackRan("forged-reports")
        let verdicts = run.verdicts(of: "gradient_check")
        #expect(!verdicts.values.contains { $0.type == "compileError" }, "the attack did not compile: \(verdicts.values.first.map { $0.message } ?? "")")
        #expect(run.passed(in: "gradient_check").isEmpty, "forged results believed: \(run.passed(in: "gradient_check"))")
    }

    /// A student `Worker` or `CaseRunner` does not take the worker loop's place: the stubs are judged as
    /// stubs ("not implemented"), or at worst the file does not compile; nothing passes.
    @Test(arguments: AttackRun.levels) func aStudentWorkerOrCaseRunnerGainsNothing(sandbox: String) throws {
        let run = try AttackRun(level: sandbox, attack: "worker-shadow", exercises: ["gradient_check", "momentum"])
        run.expectRestOfRunGraded()
        for exercise in ["gradient_check", "momentum"] {
            let verdicts = run.verdicts(of: exercise)
            #expect(!verdicts.isEmpty && verdicts.values.allSatisfy {
                $0.outcome == "error" && ($0.type == "notImplemented" || $0.type == "compileError")
            }, "\(exercise) was not judged as the stub it is: \(verdicts.map { "\($0.key): \($0.value.outcome) \($0.value.type)" })")
        }
    }

    /// Overwriting the cached workers poisons nothing: a pristine copy graded after the attack still
    /// scores 0.
    @Test(arguments: AttackRun.levels) func overwritingCachedWorkersPoisonsNoLaterRun(sandbox: String) throws {
        // A pristine run first, so that the stub's worker is in the cache for the attack to find.
        let before = try AttackRun(level: sandbox, attack: nil, exercises: ["gradient_check"])
        before.expectRestOfRunGraded()
        #expect(before.passed(in: "gradient_check").isEmpty)
        let attack = try AttackRun(level: sandbox, attack: "cache-poison", exercises: ["gradient_check"])
        attack.expectRestOfRunGraded()
        attack.expectAttackRan("cache-poison")
        let after = try AttackRun(level: sandbox, attack: nil, exercises: ["gradient_check"])
        after.expectRestOfRunGraded()
        for exercise in after.exercises {
            let verdicts = after.verdicts(of: exercise)
            #expect(!verdicts.isEmpty && verdicts.values.allSatisfy { $0.outcome != "passed" },
                    "a pristine copy scored after the attack (\(exercise)): \(after.passed(in: exercise))")
            #expect(verdicts.values.allSatisfy { $0.type == "notImplemented" || $0.outcome == "failure" },
                    "a pristine copy's \(exercise) was not judged as stubs: \(verdicts.map { "\($0.key): \($0.value.outcome) \($0.value.type)" })")
        }
        if let results = try? after.outcome.results(), let score = results["score"] as? Double {
            #expect(score == 0, "pristine stubs scored \(score) after the attack")
        }
    }

    // MARK: 8. Tokens

    /// GITHUB_TOKEN and CI_JOB_TOKEN, printed, thrown in a crash, named as a returned key and sent over
    /// the network, reach neither a report nor the listener.
    @Test(arguments: AttackRun.levels) func tokensLeakNowhere(sandbox: String) throws {
        let github = "ghs\(UUID().uuidString.replacingOccurrences(of: "-", with: ""))"
        let gitlab = "glcbt\(UUID().uuidString.replacingOccurrences(of: "-", with: ""))"
        let listener = ExfiltrationListener(lifetime: 900)
        for failure in listener.failures {
            Issue.record("cannot listen for the attack, so this part proves nothing: \(failure)")
        }
        let run = try AttackRun(
            level: sandbox, attack: "tokens", exercises: ["initializers"], arguments: ["--verbose"],
            environment: ["GITHUB_TOKEN": github, "CI_JOB_TOKEN": gitlab, "GITHUB_ACTIONS": "true", "GITLAB_CI": "true"])
        let received = listener.stop()
        run.expectRestOfRunGraded()
        run.expectAttackRan("tokens")
        run.expectNoLeak(of: [github, gitlab])
        #expect(received.isEmpty, "the attack reached a listener: \(received.map { "\($0.endpoint): \($0.connections) connections, \($0.bytes.prefix(300).debugDescription)" })")
        #expect(run.passed(in: "initializers").isEmpty)
    }

    // MARK: 9-11. The grader's process and its pipes

    /// A worker that sends SIGKILL to its parent and to process 1 does not stop the grader: it finishes,
    /// exits 1 and writes this run's reports over an earlier run's.
    @Test(arguments: AttackRun.levels) func killingTheGraderLeavesThisRunsReports(sandbox: String) throws {
        let stale = "STALE\(UUID().uuidString)"
        let run = try AttackRun(
            level: sandbox, attack: "kill-grader", exercises: ["gradient_check"], limit: 600,
            prepareReports: { folder in
                for name in ["junit.xml", "report.md", "results.json"] {
                    try Data("\(stale): an earlier run's report\n".utf8).write(to: folder.appendingPathComponent(name))
                }
            })
        run.expectRestOfRunGraded()
        run.expectAttackRan("kill-grader")
        run.expectNoLeak(of: [stale])
        #expect(run.passed(in: "gradient_check").isEmpty)
    }

    /// Processes started in sessions of their own (fork + setsid + exec, posix_spawn with
    /// POSIX_SPAWN_SETSID, a double-forked daemon) do not outlive the grader.
    @Test(arguments: AttackRun.levels) func detachedProcessesDoNotOutliveTheRun(sandbox: String) throws {
        let run = try AttackRun(level: sandbox, attack: "detached", exercises: ["gradient_check"], watch: true)
        run.expectRestOfRunGraded()
        run.expectAttackRan("detached")
        #expect(!run.spawned.isEmpty, "no process of the attack was seen running, so the survivor check proves nothing")
        #expect(run.passed(in: "gradient_check").isEmpty)
    }

    /// A detached child holding the worker's protocol pipe (and writing garbage on it) neither crashes
    /// nor stalls the grader: only the case that started it is an error.
    @Test(arguments: AttackRun.levels) func aChildHoldingTheProtocolPipeCostsOnlyItsCase(sandbox: String) throws {
        let run = try AttackRun(level: sandbox, attack: "pipe-holder", exercises: ["gradient_check"], watch: true, limit: 400)
        run.expectRestOfRunGraded()
        run.expectAttackRan("pipe-holder")
        #expect(run.outcome.seconds < 120, "the grader waited for the child holding the pipe: \(run.summary)")
        let verdicts = run.verdicts(of: "gradient_check")
        #expect(verdicts[Self.firstGradientCheck]?.outcome == "error", "\(String(describing: verdicts[Self.firstGradientCheck]))")
        let others = verdicts.filter { $0.key != Self.firstGradientCheck }
        #expect(!others.isEmpty && others.values.allSatisfy { $0.outcome == "passed" },
                "other cases were charged: \(others.filter { $0.value.outcome != "passed" })")
        #expect(!run.spawned.isEmpty, "the child holding the pipe was never seen, so this proves nothing")
    }

    // MARK: 12-13. Compiling

    /// A file that keeps the type checker busy for minutes is stopped at `--compile-timeout`: its
    /// exercise's cases are errors naming the limit, and the timeout is not cached, so the next run
    /// compiles it again.
    @Test(arguments: AttackRun.levels) func aCompileThatStallsIsStoppedAndNotCached(sandbox: String) throws {
        // The bystanders' workers, compiled without the short limit, so that only the attack meets it.
        _ = try AttackRun(level: sandbox, attack: "bystander", exercises: [])
        for attempt in 1...2 {
            let run = try AttackRun(
                level: sandbox, attack: "compile-stall", exercises: ["gradient_check"],
                arguments: ["--compile-timeout", "5"], limit: 400)
            run.expectRestOfRunGraded()
            let verdicts = run.verdicts(of: "gradient_check")
            #expect(!verdicts.isEmpty && verdicts.values.allSatisfy {
                let message = $0.message.lowercased()
                return $0.outcome == "error" && message.contains("compil")
                    && (message.contains("5 s") || message.contains("5 seconds") || message.contains("time limit"))
            }, "run \(attempt): \(verdicts.values.map { "\($0.outcome) \($0.type): \($0.message.prefix(300))" }.first ?? "no cases")")
            #expect(run.outcome.seconds >= 5, "run \(attempt) took \(run.outcome.seconds) s: the stalled compile was not run again")
            #expect(run.outcome.seconds < 200, "run \(attempt) took \(run.outcome.seconds) s: the compile was not stopped at 5 s")
        }
    }

    /// A grader killed from outside while a stalled compile runs (a CI job cancelled, a machine's
    /// watchdog) leaves no report of an earlier run standing for its own, and no compiler running.
    @Test(arguments: AttackRun.levels) func aGraderKilledMidRunLeavesNoStaleReportAndNoCompiler(sandbox: String) throws {
        let stale = "STALE\(UUID().uuidString)"
        // A file of the exercise whose name is unique, so that the compiler's command line can be found.
        let marker = "Killed\(UUID().uuidString.replacingOccurrences(of: "-", with: ""))"
        let watch = ProcessWatch(marker: marker)
        let start = ProcessTable.clockTicks()
        let run = try AttackRun(
            level: sandbox, attack: "compile-stall", exercises: ["gradient_check"], limit: 12,
            prepare: { copy in
                try Data("// names this compile\n".utf8).write(to: copy.root.appendingPathComponent("gradient_check/\(marker).swift"))
            },
            prepareReports: { folder in
                for name in ["junit.xml", "report.md", "results.json"] {
                    try Data("\(stale): an earlier run's report\n".utf8).write(to: folder.appendingPathComponent(name))
                }
            })
        let compilers = watch.stop()
        #expect(run.outcome.timedOut, "the grader finished before it was killed, so this proves nothing: \(run.summary)")
        for name in ["junit.xml", "report.md", "results.json"] {
            let text = run.report(name)
            #expect(!text.contains(stale), "\(name) of an earlier run still stands after this run was killed")
        }
        #expect(!compilers.isEmpty, "the stalled compile was never seen, so the survivor check proves nothing")
        // Under bubblewrap the sandbox dies with the grader. Below it the compiler's driver dies with the
        // grader, and a front end it started is stopped by its CPU limit (the compile time limit and 5 s):
        // docs/security.md says so.
        let deadline = Date().addingTimeInterval(sandbox == "required" ? 5 : 40)
        var survivors = ProcessTable.processes(mentioning: marker, startedSince: start > 0 ? start - 1 : 0)
        while !survivors.isEmpty && Date() < deadline {
            usleep(100_000)
            survivors = ProcessTable.processes(mentioning: marker, startedSince: start > 0 ? start - 1 : 0)
        }
        #expect(survivors.isEmpty, "the compile outlived the killed grader: \(survivors.sorted())")
        ProcessTable.kill(survivors)
        run.expectNoSurvivors()
    }

    /// A symlink loop, a symlink to /dev/zero, a folder named like a Swift file and a symlink to
    /// /etc/passwd each make only their exercise an error, with one clear line; the run never exits 2
    /// and quotes no linked file.
    @Test(arguments: AttackRun.levels) func filesystemTricksCostOnlyTheirExercise(sandbox: String) throws {
        let tricks = ["gradient_check", "momentum", "adam", "dropout"]
        let run = try AttackRun(level: sandbox, attack: "bystander", exercises: tricks, prepare: { copy in
            let manager = FileManager.default
            let root = copy.root
            try manager.createSymbolicLink(atPath: root.appendingPathComponent("gradient_check/A.swift").path, withDestinationPath: "B.swift")
            try manager.createSymbolicLink(atPath: root.appendingPathComponent("gradient_check/B.swift").path, withDestinationPath: "A.swift")
            try manager.createSymbolicLink(atPath: root.appendingPathComponent("momentum/Zero.swift").path, withDestinationPath: "/dev/zero")
            try manager.createDirectory(at: root.appendingPathComponent("adam/X.swift"), withIntermediateDirectories: false)
            try Data("let hidden = 1\n".utf8).write(to: root.appendingPathComponent("adam/X.swift/Inner.swift"))
            try manager.createSymbolicLink(atPath: root.appendingPathComponent("dropout/Leak.swift").path, withDestinationPath: "/etc/passwd")
        })
        #expect(run.outcome.status != 2, "the whole run failed: \(run.summary)")
        run.expectRestOfRunGraded()
        for exercise in tricks {
            let verdicts = run.verdicts(of: exercise)
            #expect(!verdicts.isEmpty && verdicts.values.allSatisfy {
                let message = $0.message.lowercased()
                return $0.outcome == "error" && !$0.message.contains("\n")
                    && (message.contains("symlink") || message.contains("symbolic link") || message.contains("not a regular file"))
            }, "\(exercise): \(verdicts.values.map { "\($0.outcome) \($0.type): \($0.message.prefix(300).debugDescription)" }.first ?? "no cases")")
        }
        run.expectNoLeak(of: ["root:x:0:0"])
    }

    // MARK: 14. Resources

    /// A fork bomb, a 64 GiB allocation and a 10 GiB file each cost only their own cases: the exercises
    /// graded (and compiled) while the bomb runs, and the bomb's exercise's other cases, are untouched.
    @Test(arguments: AttackRun.levels) func resourceHogsCostOnlyTheirOwnCases(sandbox: String) throws {
        // momentum and adam are graded after gradient_check: compiled afresh each time (never from the
        // cache), so that a fork bomb still running would show in their compiles.
        let run = try AttackRun(
            level: sandbox, attack: "resource-hogs", exercises: ["gradient_check", "momentum", "adam"], watch: true, limit: 600,
            prepare: { copy in
                for file in ["momentum/Momentum.swift", "adam/Adam.swift"] {
                    let url = copy.root.appendingPathComponent(file)
                    let text = try String(contentsOf: url, encoding: .utf8) + "// run \(UUID().uuidString)\n"
                    try text.write(to: url, atomically: true, encoding: .utf8)
                }
            })
        run.expectRestOfRunGraded()
        // The fork bomb (the first three cases: both public ones and the first hidden one): its cases only.
        let verdicts = run.verdicts(of: "gradient_check")
        let bombed = verdicts.filter { $0.value.outcome != "passed" }
        #expect(bombed.count == 3 && bombed.keys.contains(Self.firstGradientCheck),
                "the fork bomb cost other cases than its own three: \(bombed.map { "\($0.key): \($0.value.outcome) \($0.value.message.prefix(200))" })")
        // The memory hog and the disk filler: their function's cases only.
        for (exercise, hog, right) in [("momentum", "initialize_velocity", "update_parameters_with_momentum"),
                                       ("adam", "initialize_adam", "update_parameters_with_adam")] {
            let hogged = run.verdicts(of: exercise, function: hog)
            #expect(!hogged.isEmpty && hogged.values.allSatisfy { $0.outcome == "error" }, "\(hog): \(hogged)")
            let fine = run.verdicts(of: exercise, function: right)
            #expect(!fine.isEmpty && fine.values.allSatisfy { $0.outcome == "passed" },
                    "\(hog) cost \(right)'s cases: \(fine.filter { $0.value.outcome != "passed" })")
        }
        // No big file is left behind.
        for folder in [run.temporary.url.path, "/tmp", "/var/tmp"] {
            let leftovers = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix("grader-attack-big-file") }
            #expect(leftovers.isEmpty, "the disk filler's file was left in \(folder): \(leftovers)")
            for leftover in leftovers { try? FileManager.default.removeItem(atPath: folder + "/" + leftover) }
        }
    }
}
