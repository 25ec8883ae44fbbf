// Attack: full marks for no work, by calling the reference solution. Student workers do not link it, so
// this is a compile error of this exercise: "cannot find 'ReferenceAdam' in scope".
import Assignments
import NumericCore

struct StudentAdam: AdamExercise {
    func initializeAdam(parameters: Parameters) -> (v: Gradients, s: Gradients) {
        ReferenceAdam().initializeAdam(parameters: parameters)
    }

    func updateParametersWithAdam(
        parameters: Parameters, grads: Gradients, v: Gradients, s: Gradients, t: Int,
        learningRate: Double, beta1: Double, beta2: Double, epsilon: Double
    ) -> AdamUpdate {
        ReferenceAdam().updateParametersWithAdam(
            parameters: parameters, grads: grads, v: v, s: s, t: t,
            learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon)
    }
}
