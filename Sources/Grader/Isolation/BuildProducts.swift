import Fixtures
import Foundation

/// The grader's own SwiftPM build folder, whose modules and object files workers are compiled against.
///
/// `swift run grader` builds the grader together with every module a worker needs, so the compiled
/// modules and objects are always current with the grader that uses them:
/// `.build/<triple>/<configuration>/Modules/*.swiftmodule` and `.build/<triple>/<configuration>/<Target>.build/*.o`.
/// A student's worker sees and links only the modules of `workerTargets(for: .student)`: never the
/// reference solutions, the fixtures or the notebooks' results.
public struct BuildProducts: Sendable {
    /// The modules a worker links, in dependency order: what a student may use, and for the reference's
    /// workers the reference solutions.
    static func workerTargets(for solution: Solution) -> [String] {
        let student = ["NumericCore", "WorkerProtocol", "Assignments", "Experiments", "CaseRunner"]
        return solution == .reference ? student + ["ReferenceSolutions"] : student
    }

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
        _ = try products.objectFiles(for: .student)
        return products
    }

    /// The compiled interface of a module, `Modules/<target>.swiftmodule`.
    func moduleFile(_ target: String) -> URL {
        modulesDirectory.appendingPathComponent("\(target).swiftmodule")
    }

    /// The folder of a module's objects, `<target>.build`.
    func objectFolder(_ target: String) -> URL {
        directory.appendingPathComponent("\(target).build")
    }

    /// Every object file of the modules a worker of `solution` links, by module: those SwiftPM's output
    /// file map names for the modules' current sources (never a stale object left by a deleted source file).
    ///
    /// - Throws: `GraderFailure` when a module's objects or interface are missing.
    public func objectFiles(for solution: Solution) throws -> [(target: String, objects: [URL])] {
        var objects: [(target: String, objects: [URL])] = []
        for target in Self.workerTargets(for: solution) {
            let folder = objectFolder(target)
            let module = moduleFile(target)
            let map = folder.appendingPathComponent("output-file-map.json")
            guard FileManager.default.fileExists(atPath: module.path),
                  let data = FileManager.default.contents(atPath: map.path),
                  case .object(let entries)? = try? JSONParser.parse([UInt8](data)) else {
                if target == "ReferenceSolutions" {
                    throw GraderFailure("this grader has no reference solutions (a student release grades students' files only)")
                }
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
            objects.append((target, paths.sorted().map { URL(fileURLWithPath: $0) }))
        }
        return objects
    }
}
