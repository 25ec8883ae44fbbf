import Assignments
import CaseRunner
import Experiments
import Fixtures
import Foundation
import Testing

/// Walks every place an exercise must be wired, from `Exercise.allCases`, as `docs/adding-an-exercise.md`
/// lists them: a new case of `Exercise` that misses one fails here, with the place named.
@Suite struct ExerciseRegistryTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: Exercise.allCases)
    func theFixtureFileHasEveryGradedFunction(exercise: Exercise) throws {
        let file = try shippedFixtures(of: exercise)
        #expect(file.exercise == exercise.name)
        #expect(Set(file.cases.map(\.function)) == Set(exercise.functions), "\(exercise.name).json's functions")
    }

    @Test func theFixtureFolderHoldsTheExercisesAndNothingElse() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: FixtureLoader.bundledDirectory.path)
            .filter { $0.hasSuffix(".json") }
        #expect(Set(files) == Set(Exercise.allCases.map { "\($0.name).json" }))
    }

    @Test(arguments: Exercise.allCases)
    func theAdapterRunsEveryGradedFunctionAndNoOther(exercise: Exercise) throws {
        let adapter = referenceAdapter(for: exercise)
        #expect(adapter.name == exercise.name)
        #expect(adapter.functions == exercise.functions.sorted())
    }

    @Test func theExperimentAdapterRunsEveryExperiment() {
        #expect(ExerciseAdapter.experiments(ExperimentImplementations()).functions == Experiment.all.map(\.name).sorted())
    }

    @Test(arguments: Exercise.allCases)
    func theStudentFolderHasTheStubAndInstructions(exercise: Exercise) throws {
        let folder = Self.packageRoot.appendingPathComponent("exercises/\(exercise.name)")
        let stub = try String(contentsOf: folder.appendingPathComponent("\(exercise.swiftStem).swift"), encoding: .utf8)
        #expect(stub.contains("struct Student\(exercise.swiftStem): \(exercise.swiftStem)Exercise"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("README.md").path))
    }

    @Test func theOracleGeneratesTheSameExercisesInTheSameOrder() throws {
        let source = try String(
            contentsOf: Self.packageRoot.appendingPathComponent("tools/oracle/cases/__init__.py"), encoding: .utf8)
        let tuple = try #require(source.range(of: "EXERCISE_MODULES = (")).upperBound
        let names = source[tuple...].prefix { $0 != ")" }
            .split(whereSeparator: { $0 == "," || $0.isWhitespace }).map { $0.trimmingCharacters(in: ["\""]) }
        #expect(names == Exercise.allCases.map(\.name))
        for exercise in Exercise.allCases {
            let module = Self.packageRoot.appendingPathComponent("tools/oracle/cases/\(exercise.name).py")
            #expect(FileManager.default.fileExists(atPath: module.path), "no oracle module for \(exercise.name)")
        }
    }

    @Test func everyExerciseAnExperimentNeedsHasAnImplementationSlot() {
        let slots = Set(Mirror(reflecting: ExperimentImplementations()).children.compactMap(\.label))
        let needed = Set(Experiment.all.flatMap(\.exercises).map(\.swiftProperty))
        #expect(needed.isSubset(of: slots), "ExperimentImplementations lacks \(needed.subtracting(slots).sorted())")
        #expect(slots.isSubset(of: Set(Exercise.allCases.map(\.swiftProperty))), "a slot names no exercise")
    }
}
