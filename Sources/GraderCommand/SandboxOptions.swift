import ArgumentParser
import Foundation
import Grader


/// `--sandbox` and `--compile-timeout`: how student code is contained, shared by the commands that run it.
struct SandboxOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "How to contain student code: bubblewrap or stop (required), the strongest that works (auto), the fallback layer (fallback), or nothing (off). Default: $GRADER_SANDBOX, else auto.",
        valueName: "required|auto|fallback|off"))
    var sandbox: SandboxPolicy?

    @Option(name: .customLong("compile-timeout"),
            help: ArgumentHelp("Seconds one exercise's compile may take.", valueName: "seconds"))
    var compileTimeout: Double = 60

    func validate() throws {
        guard compileTimeout > 0, compileTimeout.isFinite else {
            throw ValidationError("--compile-timeout must be a positive number of seconds")
        }
    }

    /// The policy asked for: `--sandbox`, else `GRADER_SANDBOX`, else `auto`.
    func policy() throws -> SandboxPolicy {
        try sandbox ?? SandboxPolicy.fromEnvironment(ProcessInfo.processInfo.environment)
    }
}
