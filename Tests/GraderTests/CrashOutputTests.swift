import Testing

@testable import Grader

@Suite struct CrashOutputTests {
    static let backtrace = """
        before the crash
        Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range

        *** Signal 4: Backtracing from 0x7f874676df7f... done ***

        *** Program crashed: Illegal instruction at 0x00007f874676df7f ***

        Thread 0 "worker" crashed:

          0      0x00007f874676df7f closure #1 in _assertionFailure(_:_:file:line:flags:) + 623 in libswiftCore.so
          2 [ra] 0x00007f8746f00f65 specialized Array.subscript.getter + 84 in libswiftSwiftOnoneSupport.so
          3 [ra] 0x0000560eb490ce81 StudentAdam.helper(_:) + 32 in worker at /work/ex/adam/Adam.swift:12:30
          4 [ra] 0x0000560eb490cf2a StudentAdam.initializeAdam(parameters:) + 73 in worker at /work/ex/adam/Adam.swift:20:7
          5 [ra] 0x0000560eb490cf2a AdamCases.run(function:inputs:) + 73 in worker at /pkg/Sources/CaseRunner/Adapters/AdamCases.swift:20:7

        Backtrace took 0.03s

        """

    @Test func keepsTheRuntimeMessageAndOnlyTheStudentsFrames() {
        let crash = CrashOutput(Self.backtrace, studentFolder: "/work/ex/adam", displayFolder: "exercises/adam")
        #expect(crash.runtimeMessage == "Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range")
        #expect(crash.studentFrames == [
            CrashFrame(path: "exercises/adam/Adam.swift", line: 12, column: 30, function: "StudentAdam.helper(_:)"),
            CrashFrame(path: "exercises/adam/Adam.swift", line: 20, column: 7, function: "StudentAdam.initializeAdam(parameters:)"),
        ])
        #expect(crash.text == "before the crash\nSwift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range")
    }

    /// A student's module is optimized: a frame may be the optimizer's copy of the student's function,
    /// and an inlined one is marked so; both are named as the student wrote them.
    @Test func namesAnOptimizedFrameAsTheStudentWroteIt() {
        let line = "  3 [ra] [inlined] 0x0000560eb490ce81 specialized StudentAdam.helper(_:) in worker at /work/ex/adam/Adam.swift:12:30"
        let output = "*** Signal 4: Backtracing from 0x560eb490ce81... done ***\n\(line)\nBacktrace took 0.03s"
        let crash = CrashOutput(output, studentFolder: "/work/ex/adam", displayFolder: "exercises/adam")
        #expect(crash.studentFrames == [
            CrashFrame(path: "exercises/adam/Adam.swift", line: 12, column: 30, function: "StudentAdam.helper(_:)"),
        ])
    }

    @Test func writesARecursionOnce() {
        let recursion = String(repeating: "  7 [ra] 0x0000560eb490ce81 StudentDropout.back(_:) + 32 in worker at /work/ex/dropout/Dropout.swift:11:25\n", count: 23)
        let raw = """
            *** Signal 11: Backtracing from 0x560eb490ce81... done ***
              0      0x0000560eb490ce80 StudentDropout.back(_:) + 12 in worker at /work/ex/dropout/Dropout.swift:9
            \(recursion)  8 [ra] 0x0000560eb490cf2a DropoutCases.run(function:inputs:) + 73 in worker at /pkg/DropoutCases.swift:20:7
            Backtrace took 0.03s
            """
        let crash = CrashOutput(raw, studentFolder: "/work/ex/dropout", displayFolder: "exercises/dropout")
        let expected = [
            CrashFrame(path: "exercises/dropout/Dropout.swift", line: 11, column: 25, function: "StudentDropout.back(_:)", recursive: true),
        ]
        #expect(crash.studentFrames == expected)
        // Where the stack ran out differs from run to run; the same recursion must read the same.
        let deeper = raw.replacingOccurrences(of: "Dropout.swift:9\n", with: "Dropout.swift:11:25\n")
        #expect(CrashOutput(deeper, studentFolder: "/work/ex/dropout", displayFolder: "exercises/dropout").studentFrames == expected)
    }

    @Test func dropsAnAddressOnlyStackTrace() {
        let raw = """
            Fatal error: boom
            Current stack trace:
            0    libswiftCore.so                    0x00007faa0855f130 swift_reportError + 33
            1    worker                             0x000056302941f844 <unavailable> + 51268
            after
            """
        let crash = CrashOutput(raw, studentFolder: "/x", displayFolder: "x")
        #expect(crash.text == "Fatal error: boom\nafter")
        #expect(crash.studentFrames.isEmpty)
    }
}
