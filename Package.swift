// swift-tools-version: 6.0
import PackageDescription

/// The numeric and grading modules are compiled with optimization even in debug builds: grading
/// generates, encodes, hashes and compares matrices of 1.8 million elements (the mini-batch cases),
/// which unoptimized code makes ten times slower than a student should wait for.
let optimizedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

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
        // Fixture values, the fixture file format and its loader, and the binary codec for worker I/O.
        .target(
            name: "Fixtures",
            dependencies: ["NumericCore"],
            resources: [.copy("Resources")],
            swiftSettings: optimizedInDebug
        ),
        // Stub protocols, reference solutions and the helpers the notebooks provide.
        .target(name: "Assignments", dependencies: ["NumericCore"]),
        // The notebooks' experiments: datasets, the three models and their trainings with the graded
        // functions, the notebooks' results, and the plots. Linked into experiment workers.
        .target(
            name: "Experiments",
            dependencies: ["Assignments", "Fixtures", "NumericCore"],
            resources: [.copy("Resources")],
            swiftSettings: optimizedInDebug
        ),
        // Runs one exercise's cases inside an isolated worker process compiled with the student's file.
        // Swift 5 language mode: it rewires the C `stdout`/`stderr` streams, globals Swift 6 refuses to touch.
        .target(
            name: "CaseRunner",
            dependencies: ["Assignments", "Experiments", "Fixtures", "NumericCore"],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        // libxml2, for writing and validating the JUnit report.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The grading engine: builds and supervises workers, compares outputs, scores, writes reports.
        .target(
            name: "Grader", dependencies: ["Experiments", "Fixtures", "NumericCore", "CLibXML2"],
            swiftSettings: optimizedInDebug),
        // The `grader` command line.
        .executableTarget(
            name: "GraderCommand",
            dependencies: [
                "Grader",
                "CaseRunner",
                "Experiments",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "NumericCoreTests", dependencies: ["NumericCore"], resources: [.copy("Vectors")]),
        .testTarget(name: "ExperimentsTests", dependencies: ["Experiments", "Assignments", "NumericCore"]),
        .testTarget(name: "FixturesTests", dependencies: ["Fixtures", "NumericCore"]),
        .testTarget(
            name: "GraderTests",
            dependencies: ["Grader", "Experiments", "Fixtures", "NumericCore", "CLibXML2"],
            exclude: ["Vectors"]
        ),
        .testTarget(name: "AssignmentsTests", dependencies: ["Assignments", "CaseRunner", "Fixtures", "Grader", "NumericCore"]),
        // Runs the built `grader` executable end to end; `swift build` must come first (scripts/test does).
        // It reads the oracle's `known-mistakes.json` from its source folder, not as a resource.
        .testTarget(name: "GraderEndToEndTests", exclude: ["known-mistakes.json"]),
    ]
)
