import Foundation
import Testing

/// A crash names the student's own file and line, in the folder being graded, even when the worker
/// comes from the cache and was compiled from another copy of the same files.
struct CrashLocationTests {
    @Test func twoCopiesOfOneCrashEachNameTheirOwnFile() throws {
        let id = "forward_propagation[x=2.0,theta=4.0]"
        var places: [String] = []
        for index in 0..<2 {
            let copy = try ExerciseCopy()
            try copy.overlay("hostile")
            // Two submissions' folders, named apart: the second is graded by the worker cached for the first.
            let graded = copy.root.deletingLastPathComponent().appendingPathComponent("submission-\(index)")
            try FileManager.default.moveItem(at: copy.root, to: graded)
            defer { try? FileManager.default.moveItem(at: graded, to: copy.root) }
            let run = try GraderProcess.run([
                "run", "--exercises-dir", graded.path, "--exercise", "forward_propagation", "--color", "never",
            ])
            let crash = try #require(try run.cases()[id])
            #expect(crash.outcome == "error", "\(crash)")
            let place = try #require(
                crash.message.firstMatch(of: #/at (\S+/forward_propagation/ForwardPropagation\.swift):\d+:\d+ in /#),
                "no file and line in: \(crash.message)")
            // Reports name the file from the graded folder on, never by the grading machine's absolute path.
            #expect(String(place.1) == "submission-\(index)/forward_propagation/ForwardPropagation.swift", "\(place.1)")
            #expect(!run.standardOutput.contains(graded.path))
            places.append(String(place.1))
        }
        #expect(places[0] != places[1], "both copies named the same folder: \(places)")
    }

    /// A student's files are compiled optimized (the trainings call them every step), yet an `assert` still
    /// fires and names its line, as in a debug build.
    @Test func aFailedAssertInAStudentsFunctionNamesItsLine() throws {
        let copy = try ExerciseCopy()
        let file = copy.root.appendingPathComponent("learning_rate_decay/LearningRateDecay.swift")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        let function = try #require(lines.firstIndex { $0.contains("func updateLR(") })
        let stub = try #require(lines[function...].firstIndex { $0.contains("notImplemented()") })
        lines[stub] = "        assert(learningRate0 < 0, \"a negative rate, please\"); return learningRate0"
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let run = try GraderProcess.run([
            "run", "--exercises-dir", copy.root.path, "--exercise", "learning_rate_decay", "--color", "never",
        ])
        let cases = try run.cases()
        let assertion = try #require(cases["update_lr[learning_rate0=0.5,epoch_num=2,decay_rate=1.0]"])
        #expect(assertion.outcome == "error", "\(assertion)")
        #expect(assertion.message.contains("learning_rate_decay/LearningRateDecay.swift:\(stub + 1):"), "\(assertion.message)")
    }
}
