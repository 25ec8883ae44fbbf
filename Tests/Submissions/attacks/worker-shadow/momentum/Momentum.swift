// Attack: take the place of the worker's main loop with the grader's own, run on a right answer. The
// graded functions are the untouched stubs, but the file declares its own `Worker`, so that a generated
// main calling `Worker.serve(MomentumCases(StudentMomentum()))` unqualified would call this `serve`, which
// hands the real worker loop the reference solution instead. Judged normally, every case is "not
// implemented".
import Assignments
import NumericCore
#if canImport(CaseRunner)
import CaseRunner
#endif
#if canImport(Glibc)
import Glibc
#endif

struct StudentMomentum: MomentumExercise {
    func initializeVelocity(parameters: Parameters) -> Gradients {
        notImplemented()
    }

    func updateParametersWithMomentum(
        parameters: Parameters, grads: Gradients, v: Gradients, beta: Double, learningRate: Double
    ) -> (parameters: Parameters, v: Gradients) {
        notImplemented()
    }
}

enum Worker {
    static func serve(_ adapter: Any) -> Never {
        #if canImport(CaseRunner)
        CaseRunner.Worker.serve(MomentumCases(CorrectMomentum()))
        #else
        exit(0)
        #endif
    }
}
