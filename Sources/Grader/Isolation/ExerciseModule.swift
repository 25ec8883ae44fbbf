import Foundation

/// A student's files of one exercise compiled on their own, once, into a Swift module: its interface
/// and one object file, which every worker that needs the exercise links (the exercise's case worker
/// and the experiment worker of each notebook that trains with it).
///
/// The module is `<Stem>Submission`, compiled with testing enabled, so a generated main reaches the
/// student's internal `Student<Stem>` through `@testable import`, and with debug information that
/// records the files under `/graded-exercises/<exercise>`, so a crash names the student's file and line.
public struct ExerciseModule: Sendable {
    /// The exercise's name, e.g. `adam`.
    public var exercise: String
    /// The Swift module, e.g. `AdamSubmission`.
    public var name: String
    /// The cache entry holding `<name>.swiftmodule` and `<name>-code.o`.
    var folder: URL
    /// The entry's cache key: a worker that links the module has it in its own key.
    var key: String

    /// The module's object file: not `<name>.o`, which the compiler writes beside it for the debugger
    /// (the module's interface wrapped as an object).
    var object: String { "\(name)-code.o" }

    /// The files a compiled module consists of, in its cache entry: its interface and its object.
    var files: [String] { ["\(name).swiftmodule", object] }
}

/// The result of compiling one exercise's files into its module.
public enum ExerciseCompile: Sendable {
    /// The module, ready to link.
    case compiled(ExerciseModule)
    /// The files did not compile, or compiling them failed: what a worker build of them would say.
    case unusable(WorkerBuild)
}
