// Hostile submission: gradient_check never returns.
import Assignments
struct StudentGradientCheck: GradientCheckExercise {
    func gradientCheck(x: Double, theta: Double, epsilon: Double) -> Double {
        var counter = 0
        while counter >= 0 { counter = (counter + 1) % 1000 }
        return Double(counter)
    }
}
