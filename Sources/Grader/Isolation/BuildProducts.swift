import Foundation

/// The grader's own SwiftPM build folder, whose modules and object files workers are compiled against.
///
/// `swift run grader` builds the grader together with every module a worker needs (NumericCore,
/// Fixtures, Assignments, CaseRunner), so the compiled modules and objects are always current with
/// the grader that uses them: `.build/<triple>/<configuration>/Modules/*.swiftmodule` and
/// `.build/<triple>/<configuration>/<Target>.build/*.o`.
public struct BuildProducts: Sendable {
    /// The modules a worker links, in dependency order.
    static let workerTargets = ["NumericCore", "Fixtures", "Assignments", "CaseRunner"]

    /// The configuration folder, e.g. `.build/x86_64-unknown-linux-gnu/debug`.
    public var directory: URL

    /// Where SwiftPM puts the compiled `.swiftmodule` files.
    public var modulesDirectory: URL { directory.appendingPathComponent("Modules") }

    /// Uses the given build folder.
    public init(directory: URL) {
        self.directory = directory
    }

    /// The build folder of the running grader executable.
    ///
    /// - Throws: `GraderFailure` when the executable does not sit in a SwiftPM build folder holding the
    ///   worker modules (for example a copied binary).
    public static func ofRunningGrader() throws -> BuildProducts {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let products = BuildProducts(directory: executable.deletingLastPathComponent())
        _ = try products.objectFiles()
        return products
    }

    /// Every object file of the worker modules.
    ///
    /// - Throws: `GraderFailure` when a module's objects or interface are missing.
    public func objectFiles() throws -> [URL] {
        let manager = FileManager.default
        var objects: [URL] = []
        for target in Self.workerTargets {
            let folder = directory.appendingPathComponent("\(target).build")
            let module = modulesDirectory.appendingPathComponent("\(target).swiftmodule")
            guard manager.fileExists(atPath: module.path),
                  let names = try? manager.contentsOfDirectory(atPath: folder.path) else {
                throw GraderFailure(
                    "the grader's build folder \(directory.path) lacks the \(target) module; "
                        + "run the grader with `swift run grader` from the package")
            }
            objects += names.filter { $0.hasSuffix(".o") }.sorted().map { folder.appendingPathComponent($0) }
        }
        return objects
    }
}

/// A reason the grader itself cannot work (exit status 2), as one line for the user.
public struct GraderFailure: Error, CustomStringConvertible, Sendable {
    /// The line printed before exiting.
    public var description: String

    /// Creates a failure with the line to print.
    public init(_ description: String) {
        self.description = description
    }
}
