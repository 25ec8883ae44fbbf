/// What a crashed worker printed, reduced to what a student can act on.
///
/// The Swift runtime writes its "Fatal error: …" line, then a backtrace (`*** Signal 4: Backtracing …`
/// to `Backtrace took …`), or, without the backtracer, a "Current stack trace:" of bare addresses. This
/// keeps the student's own printing and the runtime message, and from the backtrace only the frames in
/// the student's files (`exercises/adam/Adam.swift`, line 12, column 9, in `updateParametersWithAdam(…)`).
/// A frame repeated back to back is a recursion that never ends: it is kept once, marked recursive, and
/// the frames inside it are dropped, being only wherever the stack happened to run out (they differ
/// from run to run, so keeping them would make identical crashes read differently).
struct CrashOutput {
    /// The runtime's last "Fatal error: …" line, if it wrote one.
    var runtimeMessage: String?
    /// The crash frames inside the student's files, innermost first.
    var studentFrames: [CrashFrame]
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
        var frames: [CrashFrame] = []
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

    /// The frames with each run of identical neighbours kept once and marked recursive, starting at the
    /// innermost such run when there is one. No count is kept: the backtrace shows only the innermost
    /// few dozen frames of a recursion thousands deep.
    private static func collapsingRepeats(_ frames: [CrashFrame]) -> [CrashFrame] {
        var collapsed: [(frame: CrashFrame, count: Int)] = []
        for frame in frames {
            if collapsed.last?.frame == frame {
                collapsed[collapsed.count - 1].count += 1
            } else {
                collapsed.append((frame, 1))
            }
        }
        let recursion = collapsed.firstIndex { $0.count > 1 } ?? 0
        return collapsed[recursion...].map { run in
            var frame = run.frame
            frame.recursive = run.count > 1
            return frame
        }
    }

    /// The frame of a backtrace line in the student's folder, else nil.
    ///
    /// Frame lines read `  3 [ra] 0x0000560eb490ce81 f(_:) + 32 in worker at /abs/Adam.swift:1:30`; the
    /// line and column are the last two numbers after colons, when present.
    private static func studentFrame(_ line: Substring, studentFolder: String, displayFolder: String) -> CrashFrame? {
        guard let at = line.range(of: " at " + studentFolder + "/", options: .backwards) else { return nil }
        var location = line[at.upperBound...]
        var numbers: [Int] = []
        while numbers.count < 2, let colon = location.lastIndex(of: ":"),
              let number = Int(location[location.index(after: colon)...]) {
            numbers.insert(number, at: 0)
            location = location[..<colon]
        }
        var frame = CrashFrame(path: displayFolder + "/" + location, line: numbers.first, column: numbers.dropFirst().first)
        let beforeAt = line[..<at.lowerBound]
        guard let address = beforeAt.range(of: " 0x") else { return frame }
        var function = beforeAt[address.upperBound...].drop { $0 != " " }.dropFirst()
        if let plus = function.range(of: " + ", options: .backwards) { function = function[..<plus.lowerBound] }
        if let inWorker = function.range(of: " in ", options: .backwards) { function = function[..<inWorker.lowerBound] }
        // The optimizer's copy of a function for known types ("specialized f(_:)") is the student's f.
        if function.hasPrefix("specialized ") { function = function.dropFirst("specialized ".count) }
        frame.function = function.isEmpty ? nil : String(function)
        return frame
    }
}
