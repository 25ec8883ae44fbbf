// Hostile submission: Right answers, printed around with colour codes, NUL, BEL and a CDATA terminator.
import Assignments
struct StudentMomentum: MomentumExercise {
    let reference = CorrectMomentum()
    func initializeVelocity(parameters: Parameters) -> Gradients {
        print("\u{1B}[31mred\u{1B}[0m \u{0} \u{7} ]]> <&>")
        return reference.initializeVelocity(parameters: parameters)
    }
    func updateParametersWithMomentum(
        parameters: Parameters, grads: Gradients, v: Gradients, beta: Double, learningRate: Double
    ) -> (parameters: Parameters, v: Gradients) {
        print("\u{1B}[1;32mgreen\u{1B}[0m\u{0}")
        return reference.updateParametersWithMomentum(
            parameters: parameters, grads: grads, v: v, beta: beta, learningRate: learningRate)
    }
}
