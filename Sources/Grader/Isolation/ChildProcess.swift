import Foundation

/// Runs a short-lived helper program (the compiler) and collects its combined output.
enum ChildProcess {
    /// What a finished program left.
    struct Result {
        /// Its exit status (or 128 + signal).
        var status: Int32
        /// Its standard output and standard error, interleaved.
        var output: String
    }

    /// Runs `executable` with `arguments` (in `directory`, or the grader's own working directory) and
    /// waits for it.
    ///
    /// - Throws: `GraderFailure` when the program cannot be started.
    static func run(_ executable: String, arguments: [String], in directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw GraderFailure("cannot start \(arguments.first ?? executable): \(error.localizedDescription)")
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return Result(status: status, output: String(decoding: data, as: UTF8.self))
    }
}
