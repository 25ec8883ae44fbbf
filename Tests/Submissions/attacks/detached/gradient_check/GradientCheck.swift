// Attack: leave processes behind that outlive the grader. On the first public case it starts, each named
// `grader-attack-survivor` in its command line: a `/bin/sleep 300` in a session of its own (fork, setsid,
// exec), another through posix_spawn with POSIX_SPAWN_SETSID, and a double-forked daemon (fork, setsid,
// fork, the middle process exits) running a busy loop in /bin/sh. Then it answers wrong.
import Assignments
#if canImport(Glibc)
import Glibc
#endif

/// C strings made before forking: the child may only call async-signal-safe functions.
func arguments(_ words: [String]) -> [UnsafeMutablePointer<CChar>?] {
    words.map { strdup($0) } + [nil]
}

func startSurvivors() -> String {
    let sleeper = arguments(["grader-attack-survivor", "300"])
    let looper = arguments(["grader-attack-survivor", "-c", "while :; do :; done"])
    var results: [String] = []

    // fork, setsid, exec.
    let forked = fork()
    if forked == 0 {
        setsid()
        _ = sleeper.withUnsafeBufferPointer { execv("/bin/sleep", $0.baseAddress!) }
        _exit(127)
    }
    results.append("fork+setsid sleep: \(forked)")

    // posix_spawn in a new session (glibc's POSIX_SPAWN_SETSID is 0x80).
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    posix_spawnattr_setflags(&attributes, 0x80)
    var spawned: pid_t = 0
    let status = sleeper.withUnsafeBufferPointer {
        posix_spawn(&spawned, "/bin/sleep", nil, &attributes, UnsafeMutablePointer(mutating: $0.baseAddress!), environ)
    }
    results.append("posix_spawn setsid sleep: \(status == 0 ? String(spawned) : String(cString: strerror(status)))")

    // A daemon: fork, setsid, fork again, the middle process exits at once.
    let middle = fork()
    if middle == 0 {
        setsid()
        if fork() == 0 {
            _ = looper.withUnsafeBufferPointer { execv("/bin/sh", $0.baseAddress!) }
            _exit(127)
        }
        _exit(0)
    }
    if middle > 0 {
        var ended: Int32 = 0
        waitpid(middle, &ended, 0)
    }
    results.append("double-fork daemon: via \(middle)")
    return results.joined(separator: "; ")
}

struct StudentGradientCheck: GradientCheckExercise {
    func gradientCheck(x: Double, theta: Double, epsilon: Double) -> Double {
        if x == 2.0 && theta == 4.0 {
            print("attack ran: detached (\(startSurvivors()))")
        }
        return 0.5  // not the answer: the case fails and its output is shown
    }
}
