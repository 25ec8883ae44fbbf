import Fixtures
import Foundation

/// The grader's own SwiftPM build folder, whose modules and object files workers are compiled against.
///
/// `swift run grader` builds the grader together with every module a worker needs (NumericCore,
/// Fixtures, Assignments, Experiments, CaseRunner), so the compiled modules and objects are always current with
/// the grader that uses them: `.build/<triple>/<configuration>/Modules/*.swiftmodule` and
/// `.build/<triple>/<configuration>/<Target>.build/*.o`.
public struct BuildProducts: Sendable {
    /// The modules a worker links, in dependency order.
    static let workerTargets = ["NumericCore", "Fixtures", "Assignments", "Experiments", "CaseRunner"]

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

    /// Every object file of the worker modules: those SwiftPM's output file map names for the
    /// modules' current sources (never a stale object left by a deleted source file).
    ///
    /// - Throws: `GraderFailure` when a module's objects or interface are missing.
    public func objectFiles() throws -> [URL] {
        var objects: [URL] = []
        for target in Self.workerTargets {
            let folder = directory.appendingPathComponent("\(target).build")
            let module = modulesDirectory.appendingPathComponent("\(target).swiftmodule")
            let map = folder.appendingPathComponent("output-file-map.json")
            guard FileManager.default.fileExists(atPath: module.path),
                  let data = FileManager.default.contents(atPath: map.path),
                  case .object(let entries)? = try? JSONParser.parse([UInt8](data)) else {
                throw GraderFailure(
                    "the grader's build folder \(directory.path) lacks the \(target) module; "
                        + "run the grader with `swift run grader` from the package")
            }
            // The entry keyed "" describes whole-module outputs, which only a whole-module build writes.
            let paths = entries.compactMap { entry -> String? in
                guard !entry.key.isEmpty, case .string(let path)? = entry.value["object"] else { return nil }
                return path
            }
            guard !paths.isEmpty else { throw GraderFailure("the \(target) module has no compiled objects in \(folder.path)") }
            objects += paths.sorted().map { URL(fileURLWithPath: $0) }
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
