// swift-tools-version: 6.0
import Foundation
import PackageDescription

/// The numeric and grading modules are compiled with optimization even in debug builds: grading
/// generates, encodes, hashes and compares matrices of 1.8 million elements (the mini-batch cases),
/// and the experiments train for hundreds of thousands of steps, which unoptimized code makes ten
/// times slower than a student should wait for. Whole-module, as a release build compiles them: `-O`
/// alone optimizes each file apart, so a generic kernel called from another file runs unspecialized
/// through the runtime's metadata lookups. `-num-threads` keeps one object per source file, the
/// outputs SwiftPM's build plan and the worker builder's output-file-map expect.
///
/// They are compiled for the processor of the machine that builds them (`-target-cpu native`), in every
/// configuration: the package is usually built where it runs (`swift run grader`), and the product
/// kernels' `SIMD4`/`SIMD8` sums then take one AVX2 or AVX-512 instruction instead of two or four. An
/// image built on one machine and run on others (`docs/scale/Containerfile`, Gradescope's `setup.sh`)
/// sets `GRADER_TARGET_CPU` to the processor all of them have, e.g. `x86-64`, the baseline. Every sum
/// keeps its order and Swift never contracts a multiply and an add into one; the two places that fuse
/// them on purpose (glibc's `exp` and `log` as glibc's FMA build evaluates them, and quotients refined
/// to the correctly rounded one) give the bits of the unfused path, so every result keeps its bits
/// whatever the processor.
let targetCPU = ProcessInfo.processInfo.environment["GRADER_TARGET_CPU"] ?? "native"

/// Whether the processor compiled for fuses a multiply and an add in one instruction: the building
/// machine's, when it lists `fma` among its flags. Then NumericCore evaluates glibc's `exp` and `log`
/// four lanes at a time (`LibmExp`, `LibmLog`), as glibc's own FMA build evaluates them, bit for bit, and
/// divides by one number without the divider (`ConstantDivision`); without hardware FMA, each fused step
/// would be a call into the C library, so the C library and the divider are used instead.
let hardwareFusedMultiplyAdd: Bool = {
    guard targetCPU == "native", let cpuinfo = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return false }
    let flags = cpuinfo.split(separator: "\n").first { $0.hasPrefix("flags") } ?? ""
    return flags.split(separator: " ").contains("fma")
}()

let optimizedInDebug: [SwiftSetting] = [
    .unsafeFlags(["-O", "-whole-module-optimization", "-disable-batch-mode", "-num-threads", "2"], .when(configuration: .debug)),
    .unsafeFlags(["-target-cpu", targetCPU]),
] + (hardwareFusedMultiplyAdd ? [.define("FUSED_MULTIPLY_ADD")] : [])

let package = Package(
    name: "DeepLearningGrader",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "grader", targets: ["GraderCommand"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Dense matrices and numpy's legacy RandomState: everything numeric the exercises stand on.
        .target(name: "NumericCore", swiftSettings: optimizedInDebug),
        // What crosses the boundary between the grader and a worker: the `Value` type and the binary
        // codec of work orders and reports. No resources and no loader: workers link it.
        .target(name: "WorkerProtocol", dependencies: ["NumericCore"], swiftSettings: optimizedInDebug),
        // The fixture files (the answer key: inputs, expected values, hidden cases), their format and
        // loader. Grader-side only: never linked into a student's worker.
        .target(
            name: "Fixtures",
            dependencies: ["Assignments", "NumericCore", "WorkerProtocol"],
            resources: [.copy("Resources")],
            swiftSettings: optimizedInDebug
        ),
        // The exercises (`Exercise`, the one place each is named), their stub protocols and the helpers
        // the notebooks provide: what a student's code may use.
        .target(name: "Assignments", dependencies: ["NumericCore"], swiftSettings: optimizedInDebug),
        // The reference solutions. Linked only into `--solution reference` workers and the tests.
        // Optimized as the grader compiles a student's files, so the reference trains as fast as a
        // student's own right solution does.
        .target(name: "ReferenceSolutions", dependencies: ["Assignments", "Experiments", "NumericCore"], swiftSettings: optimizedInDebug),
        // The notebooks' models and training loops over the exercise protocols, and what a training returns
        // through the exchange format. Linked into experiment workers, so it holds no data: the datasets
        // arrive as a work item's inputs.
        .target(name: "Experiments", dependencies: ["Assignments", "NumericCore", "WorkerProtocol"], swiftSettings: optimizedInDebug),
        // What only the grader knows of the experiments: the datasets, the notebooks' results (the
        // experiments' answer key) and the plots drawn from a training's outcome.
        .target(
            name: "NotebookData",
            dependencies: ["Assignments", "Experiments", "Fixtures", "NumericCore"],
            resources: [.copy("Resources")],
            swiftSettings: optimizedInDebug
        ),
        // Runs one exercise's cases inside a worker process compiled with the student's file.
        // Swift 5 language mode: it rewires the C `stdout`/`stderr` streams, globals Swift 6 refuses to touch.
        .target(
            name: "CaseRunner",
            dependencies: ["Assignments", "Experiments", "WorkerProtocol", "NumericCore"],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        // Starts a sandboxed process: rlimits, a new session, a seccomp filter and a dropped user
        // between fork and exec, where only async-signal-safe C may run.
        .target(name: "CSandbox"),
        // libxml2, for writing and validating the JUnit report.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The grading engine: builds and supervises workers, compares outputs, scores, writes reports.
        .target(
            name: "Grader",
            dependencies: ["Assignments", "CSandbox", "Experiments", "Fixtures", "NotebookData", "NumericCore", "WorkerProtocol", "CLibXML2"],
            swiftSettings: optimizedInDebug),
        // The `grader` command line.
        .executableTarget(
            name: "GraderCommand",
            dependencies: [
                "Grader",
                "CaseRunner",
                "Experiments",
                "NotebookData",
                "ReferenceSolutions",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "NumericCoreTests", dependencies: ["NumericCore"], resources: [.copy("Vectors")]),
        .testTarget(
            name: "ExperimentsTests",
            dependencies: ["Experiments", "Assignments", "NotebookData", "NumericCore", "ReferenceSolutions", "WorkerProtocol"]),
        .testTarget(name: "NotebookDataTests", dependencies: ["Assignments", "Experiments", "NotebookData", "NumericCore"]),
        .testTarget(name: "FixturesTests", dependencies: ["Assignments", "Fixtures", "NumericCore", "WorkerProtocol"]),
        .testTarget(name: "WorkerProtocolTests", dependencies: ["NumericCore", "WorkerProtocol"]),
        .testTarget(
            name: "GraderTests",
            dependencies: ["Grader", "Experiments", "Fixtures", "NotebookData", "NumericCore", "WorkerProtocol", "CLibXML2"],
            exclude: ["Vectors"]
        ),
        .testTarget(
            name: "AssignmentsTests",
            dependencies: ["Assignments", "CaseRunner", "Experiments", "Fixtures", "Grader", "NumericCore", "ReferenceSolutions", "WorkerProtocol"]),
        // Runs the built `grader` executable end to end; `swift build` must come first (scripts/test does).
        // It reads the oracle's `known-mistakes.json` from its source folder, not as a resource.
        .testTarget(name: "GraderEndToEndTests", exclude: ["known-mistakes.json"]),
    ]
)
