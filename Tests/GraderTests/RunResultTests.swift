import Foundation
import Grader
import Testing

@Test func runResultAddsPointsOverExercises() {
    func result(_ status: CaseStatus, _ points: Double) -> CaseResult {
        CaseResult(id: "f[\(status)]", exercise: "e", function: "f", isHidden: false, description: "",
                   status: status, points: points, maxPoints: 2, message: "")
    }
    let exercise = ExerciseResult(name: "e", title: "E", cases: [result(.passed, 2), result(.failed, 0)], duration: 0)
    let run = RunResult(exercises: [exercise, exercise], solution: "reference", isolation: .bubblewrap, startedAt: Date(), duration: 0)
    #expect(run.points == 4)
    #expect(run.maxPoints == 8)
    #expect(!run.allPassed)
    #expect(exercise.count(.failed) == 1)
}
