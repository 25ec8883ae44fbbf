// Attack: exhaust the machine's memory. initialize_velocity allocates 64 GiB and writes to every page
// (one allocation, or 1 GiB at a time where that is refused), then crashes if it ever gets that far;
// update_parameters_with_momentum is right.
import Assignments
import NumericCore
#if canImport(Glibc)
import Glibc
#endif

func hogMemory() -> Never {
    print("attack ran: memory hog")
    fflush(stdout)
    let gibibyte = 1 << 30
    if let block = malloc(64 * gibibyte) {
        memset(block, 1, 64 * gibibyte)
        fatalError("64 GiB allocated and written")
    }
    var blocks: [UnsafeMutableRawPointer] = []
    for index in 0..<64 {
        guard let block = malloc(gibibyte) else { fatalError("allocation refused after \(index) GiB") }
        memset(block, 1, gibibyte)
        blocks.append(block)
    }
    fatalError("64 GiB allocated and written in \(blocks.count) blocks")
}

struct StudentMomentum: MomentumExercise {
    func initializeVelocity(parameters: Parameters) -> Gradients {
        hogMemory()
    }

    func updateParametersWithMomentum(
        parameters: Parameters, grads: Gradients, v: Gradients, beta: Double, learningRate: Double
    ) -> (parameters: Parameters, v: Gradients) {
        CorrectMomentum().updateParametersWithMomentum(
            parameters: parameters, grads: grads, v: v, beta: beta, learningRate: learningRate)
    }
}
