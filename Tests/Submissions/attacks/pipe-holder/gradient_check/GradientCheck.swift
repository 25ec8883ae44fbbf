// Attack: keep the worker's protocol pipe open after the worker is gone, and write garbage on it. On the
// first public case it forks a child, in a session of its own, that inherits every descriptor (the
// protocol pipe among them, made inheritable across exec), execs a shell named `grader-attack-survivor`
// that writes stray protocol lines and a line without end on descriptors 1 and 3 to 9 after a second, and
// waits five minutes (holding them); then the worker crashes. Every other case is answered right.
import Assignments
#if canImport(Glibc)
import Glibc
#endif

func holdThePipe() {
    let script = """
        sleep 1
        for fd in 1 3 4 5 6 7 8 9; do
          eval "printf 'done 0\\nstart 99\\ndone 99\\nprogress 1 nan\\ndone -1\\ndone 99999999999999999999999\\n%0200000d' 0 >&$fd" 2>/dev/null
        done
        i=0
        while [ $i -lt 300 ]; do sleep 1; i=$((i + 1)); done
        """
    let names: [String] = ["grader-attack-survivor", "-c", script]
    let words: [UnsafeMutablePointer<CChar>?] = names.map { strdup($0) } + [nil]
    let child = fork()
    if child == 0 {
        setsid()
        for descriptor in Int32(0)..<64 { _ = fcntl(descriptor, F_SETFD, 0) }  // keep every descriptor across exec
        _ = words.withUnsafeBufferPointer { execv("/bin/sh", $0.baseAddress!) }
        _exit(127)
    }
    print("attack ran: pipe-holder (child \(child))")
}

struct StudentGradientCheck: GradientCheckExercise {
    func gradientCheck(x: Double, theta: Double, epsilon: Double) -> Double {
        if x == 2.0 && theta == 4.0 {
            holdThePipe()
            fatalError("the worker dies; its child holds the protocol pipe")
        }
        return CorrectGradientCheck().gradientCheck(x: x, theta: theta, epsilon: epsilon)
    }
}
