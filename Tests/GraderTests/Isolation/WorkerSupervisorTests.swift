import Fixtures
import Foundation
import Testing

@testable import Grader

/// The supervisor against scripted workers that break the protocol the ways student code could, at
/// every isolation level this machine offers: each misdeed costs its own case, and nothing hangs.
@Suite(.serialized) struct WorkerSupervisorTests {
    /// The levels to try: the fallback layer (Landlock where the kernel has it) always, bubblewrap where it starts.
    static let policies: [SandboxPolicy] = [.fallback] + ((try? Sandbox.prepare(.required)) != nil ? [.required] : [])

    /// A worker script: `$1` is the work folder, `$2` the first case to run.
    struct ScriptedWorker {
        let folder: URL
        let script: URL

        init(_ body: String) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("supervisor-test-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            chmod(folder.path, 0o755)
            script = folder.appendingPathComponent("worker")
            try Data("#!/bin/sh\n\(body)\n".utf8).write(to: script)
            chmod(script.path, 0o755)
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    func run(_ body: String, cases: Int, policy: SandboxPolicy, timeout: Double = 3) throws -> [CaseExecution] {
        let worker = try ScriptedWorker(body)
        defer { worker.remove() }
        let order = WorkOrder(items: (0..<cases).map { WorkItem(id: "c\($0)", function: "f", inputs: [:]) })
        let supervisor = WorkerSupervisor(timeout: timeout, sandbox: try Sandbox.prepare(policy))
        return try supervisor.run(worker: worker.script, order: order)
    }

    func isBrokenProtocol(_ execution: CaseExecution) -> Bool {
        if case .brokeProtocol = execution { return true }
        return false
    }

    @Test(arguments: policies) func aDoneForACaseNeverStartedIsAnError(policy: SandboxPolicy) throws {
        let executions = try run("echo 'done 0'; echo 'done 1'", cases: 2, policy: policy)
        #expect(isBrokenProtocol(executions[0]))
        // The worker was killed; the next case was tried by a fresh worker, which broke the protocol again.
        #expect(isBrokenProtocol(executions[1]))
    }

    @Test(arguments: policies) func aStartForAnotherCaseIsAnError(policy: SandboxPolicy) throws {
        let executions = try run("echo \"start $2\"; echo 'start 5'", cases: 2, policy: policy)
        #expect(isBrokenProtocol(executions[0]))
    }

    @Test(arguments: policies) func garbageAndOverlongLinesAreErrors(policy: SandboxPolicy) throws {
        let garbage = try run("echo \"start $2\"; echo 'you passed'", cases: 1, policy: policy)
        #expect(isBrokenProtocol(garbage[0]))
        let overlong = try run("echo \"start $2\"; printf '%0100000d' 0", cases: 1, policy: policy)
        #expect(isBrokenProtocol(overlong[0]))
    }

    @Test(arguments: policies) func aReportPlantedAsASymlinkIsNeverRead(policy: SandboxPolicy) throws {
        let executions = try run(
            "echo \"start $2\"; ln -s /etc/passwd \"$1/case-$2.report\"; echo \"done $2\"", cases: 1, policy: policy)
        guard case .workerFailed(let reason) = executions[0] else {
            Issue.record("a planted symlink was read as a report: \(executions[0])")
            return
        }
        #expect(!reason.contains("root:"))
    }

    @Test(arguments: policies) func aDescendantHoldingThePipeNeitherHangsNorSurvives(policy: SandboxPolicy) throws {
        let marker = "supervisor-survivor-\(UUID().uuidString.prefix(8))"
        let clock = ContinuousClock.now
        let executions = try run(
            "echo \"start $2\"; (exec -a \(marker) sleep 60) & exit 3", cases: 2, policy: policy, timeout: 20)
        #expect(ContinuousClock.now - clock < .seconds(10), "the supervisor waited for the descendant")
        guard case .crashed(let termination, _, _) = executions[0] else {
            Issue.record("expected a crash, got \(executions[0])")
            return
        }
        #expect(termination == .exited(3))
        usleep(200_000)
        let survivors = try FileManager.default.contentsOfDirectory(atPath: "/proc").filter { entry in
            guard Int(entry) != nil, let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { return false }
            return String(decoding: data, as: UTF8.self).contains(marker)
        }
        #expect(survivors.isEmpty, "processes that outlived their case: \(survivors)")
    }

    @Test(arguments: policies) func aCaseLeftRunningIsStoppedAtTheLimit(policy: SandboxPolicy) throws {
        let executions = try run("echo \"start $2\"; while :; do :; done", cases: 1, policy: policy, timeout: 1)
        guard case .timedOut = executions[0] else {
            Issue.record("expected a timeout, got \(executions[0])")
            return
        }
    }

    @Test(arguments: policies) func theEnvironmentCarriesNoSecret(policy: SandboxPolicy) throws {
        setenv("GITHUB_TOKEN", "secret-token-for-the-test", 1)
        defer { unsetenv("GITHUB_TOKEN") }
        let executions = try run(
            "echo \"start $2\"; env > \"$1/case-$2.out\"; exit 4", cases: 1, policy: policy)
        guard case .crashed(_, let output, _) = executions[0] else {
            Issue.record("expected the scripted exit, got \(executions[0])")
            return
        }
        #expect(output.text.contains("SWIFT_BACKTRACE"), "the worker's own environment was not seen: \(output.text)")
        #expect(!output.text.contains("secret-token-for-the-test"))
    }

    /// A case that leaves the worker's whole process allowance running when it ends: the next worker,
    /// started as the same identity, starts all the same (it waits until the case's processes are gone
    /// rather than fail against the process limit they still hold), three times over.
    @Test(arguments: policies) func aCaseThatFillsTheProcessLimitCostsOnlyItself(policy: SandboxPolicy) throws {
        let executions = try run(
            """
            echo "start $2"
            if [ "$2" -lt 3 ]; then
              i=0; while [ $i -lt 240 ]; do sleep 60 & i=$((i + 1)); done
              exit 3
            fi
            exit 4
            """, cases: 4, policy: policy, timeout: 20)
        for (index, execution) in executions.enumerated() {
            guard case .crashed(let termination, _, _) = execution else {
                Issue.record("case \(index + 1) was not run by a worker of its own: \(execution)")
                continue
            }
            #expect(termination == .exited(index < 3 ? 3 : 4), "case \(index + 1): \(termination)")
        }
    }

    /// A case that plants the next case's output file, then dies: the worker started after it (as
    /// another identity, which may not write over the planted file) never shows the planted text as what
    /// the next case printed.
    @Test(arguments: policies) func outputPlantedForALaterCaseIsNeverShown(policy: SandboxPolicy) throws {
        let executions = try run(
            """
            echo "start $2"
            if [ "$2" = 0 ]; then
              echo 'all tests passed (planted)' > "$1/case-1.out"; chmod 644 "$1/case-1.out"
              exit 3
            fi
            echo 'what case 2 printed' 2>/dev/null > "$1/case-$2.out"
            exit 4
            """, cases: 2, policy: policy)
        guard case .crashed(let termination, let output, _) = executions[1] else {
            Issue.record("case 2 was not run by a worker of its own: \(executions[1])")
            return
        }
        #expect(termination == .exited(4))
        #expect(!output.text.contains("planted") && output.text.contains("what case 2 printed"), "case 2 showed \(output.text.debugDescription)")
    }
}
