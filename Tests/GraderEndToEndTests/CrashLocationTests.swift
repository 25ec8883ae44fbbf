import Foundation
import Testing

/// A crash names the student's own file and line, in the folder being graded, even when the worker
/// comes from the cache and was compiled from another copy of the same files.
struct CrashLocationTests {
    @Test func twoCopiesOfOneCrashEachNameTheirOwnFile() throws {
        let id = "forward_propagation[x=2.0,theta=4.0]"
        var places: [String] = []
        for _ in 0..<2 {
            let copy = try ExerciseCopy()
            try copy.overlay("hostile")
            let run = try GraderProcess.run([
                "run", "--exercises-dir", copy.root.path, "--exercise", "forward_propagation", "--color", "never",
            ])
            let crash = try #require(try run.cases()[id])
            #expect(crash.outcome == "error", "\(crash)")
            let place = try #require(
                crash.message.firstMatch(of: #/at (\S+/forward_propagation/ForwardPropagation\.swift):\d+:\d+ in /#),
                "no file and line in: \(crash.message)")
            let folder = copy.root.appendingPathComponent("forward_propagation").standardizedFileURL.path
            #expect(folder.hasSuffix(String(place.1.dropLast("/ForwardPropagation.swift".count))),
                    "\(place.1) is not in \(folder)")
            places.append(String(place.1))
        }
        #expect(places[0] != places[1], "both copies named the same folder: \(places)")
    }
}
