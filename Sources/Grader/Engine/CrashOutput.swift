/// What a crashed worker printed, reduced to what a student can act on.
///
/// The Swift runtime writes its "Fatal error: …" line, then a backtrace (`*** Signal 4: Backtracing …`
/// to `Backtrace took …`), or, without the backtracer, a "Current stack trace:" of bare addresses. This
/// keeps the student's own printing and the runtime message, and from the backtrace only the frames in
/// the student's files, as `at exercises/adam/Adam.swift:12:9 in updateParametersWithAdam(…)`. A frame
/// repeated back to back is a recursion that never ends: it is listed once, and the frames inside it
/// are dropped, being only wherever the stack happened to run out (they differ from run to run, so
/// keeping them would make identical crashes read differently).
struct CrashOutput {
    /// What follows a frame that calls itself without end; reports recognise such a crash by it.
    static let recursionNote = "(over and over: a call that keeps calling itself)"

    /// The runtime's last "Fatal error: …" line, if it wrote one.
    var runtimeMessage: String?
    /// The crash frames inside the student's files, innermost first, as `path:line:column in function`.
    var studentFrames: [String]
    /// What the case printed, without the backtrace.
    var text: String

    /// Splits raw crash output.
    ///
    /// - Parameters:
    ///   - raw: what the worker printed during the case.
    ///   - studentFolder: the exercise's folder as the worker's debug information names it; frames
    ///     under it are the student's.
    ///   - displayFolder: how to write that folder for the student (e.g. `exercises/adam`).
    init(_ raw: String, studentFolder: String, displayFolder: String) {
        var kept: [Substring] = []
        var frames: [String] = []
        var inBacktrace = false
        var inAddressList = false
        for line in raw.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("*** Signal ") { inBacktrace = true }
            if inBacktrace {
                if let frame = Self.studentFrame(line, studentFolder: studentFolder, displayFolder: displayFolder) {
                    frames.append(frame)
                }
                if line.hasPrefix("Backtrace took") { inBacktrace = false }
                continue
            }
            if line.hasPrefix("Current stack trace:") {
                inAddressList = true
                continue
            }
            if inAddressList, line.first?.isNumber == true, line.contains(" 0x") { continue }
            inAddressList = false
            kept.append(line)
        }
        text = kept.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        runtimeMessage = kept.last { $0.contains("Fatal error") }.map { String($0) }
        studentFrames = Self.collapsingRepeats(frames)
    }

    /// The frames with each run of identical neighbours written once, e.g.
    /// `Adam.swift:11:25 in f(_:) (over and over: a call that keeps calling itself)`, starting at the
    /// innermost such run when there is one. No count is given: the backtrace shows only the innermost
    /// few dozen frames of a recursion thousands deep.
    private static func collapsingRepeats(_ frames: [String]) -> [String] {
        var collapsed: [(frame: String, count: Int)] = []
        for frame in frames {
            if collapsed.last?.frame == frame {
                collapsed[collapsed.count - 1].count += 1
            } else {
                collapsed.append((frame, 1))
            }
        }
        let recursion = collapsed.firstIndex { $0.count > 1 } ?? 0
        return collapsed[recursion...].map {
            $0.count == 1 ? $0.frame : "\($0.frame) \(recursionNote)"
        }
    }

    /// `path:line:column in function` for a backtrace frame line in the student's folder, else nil.
    ///
    /// Frame lines read `  3 [ra] 0x0000560eb490ce81 f(_:) + 32 in worker at /abs/Adam.swift:1:30`.
    private static func studentFrame(_ line: Substring, studentFolder: String, displayFolder: String) -> String? {
        guard let at = line.range(of: " at " + studentFolder + "/", options: .backwards) else { return nil }
        let location = displayFolder + "/" + line[at.upperBound...]
        let beforeAt = line[..<at.lowerBound]
        guard let address = beforeAt.range(of: " 0x") else { return location }
        var function = beforeAt[address.upperBound...].drop { $0 != " " }.dropFirst()
        if let plus = function.range(of: " + ", options: .backwards) { function = function[..<plus.lowerBound] }
        if let inWorker = function.range(of: " in ", options: .backwards) { function = function[..<inWorker.lowerBound] }
        return function.isEmpty ? location : "\(location) in \(function)"
    }
}
