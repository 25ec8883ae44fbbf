import Foundation
import Testing

@testable import Grader

@Suite struct CrashReportTests {
    static let trap = CrashReport(
        termination: .signaled(4), runtimeMessage: "Fatal error: Index out of range",
        frames: [
            CrashFrame(path: "exercises/adam/Adam.swift", line: 12, column: 30, function: "StudentAdam.helper(_:)"),
            CrashFrame(path: "exercises/adam/Adam.swift", line: 20, column: 7, function: "StudentAdam.initializeAdam(parameters:)"),
        ])

    @Test(arguments: [
        (Termination.signaled(4), CrashKind.runtimeTrap), (.signaled(5), .runtimeTrap), (.signaled(11), .segmentationFault),
        (.signaled(7), .busError), (.signaled(6), .aborted), (.signaled(8), .arithmeticFault), (.signaled(9), .killed),
        (.signaled(24), .cpuLimit), (.signaled(25), .fileSizeLimit), (.signaled(15), .otherSignal), (.exited(3), .exited),
    ])
    func everyTerminationHasItsKind(_ termination: Termination, _ kind: CrashKind) {
        #expect(CrashKind(termination) == kind)
    }

    @Test func aTerminationIsEncodedAsTheFactItIs() throws {
        for termination in [Termination.exited(3), .signaled(11)] {
            let data = try JSONEncoder().encode(termination)
            #expect(try JSONDecoder().decode(Termination.self, from: data) == termination)
        }
        #expect(String(decoding: try JSONEncoder().encode(Termination.signaled(11)), as: UTF8.self) == #"{"signal":11}"#)
        #expect(String(decoding: try JSONEncoder().encode(Termination.exited(3)), as: UTF8.self) == #"{"exitStatus":3}"#)
    }

    @Test func aReportSurvivesARecord() throws {
        let decoded = try JSONDecoder().decode(CrashReport.self, from: try JSONEncoder().encode(Self.trap))
        #expect(decoded == Self.trap)
    }

    @Test func aFrameReadsAsACompilerNamesAPlace() {
        #expect(Self.trap.frames[0].description == "exercises/adam/Adam.swift:12:30 in StudentAdam.helper(_:)")
        #expect(CrashFrame(path: "exercises/dropout/Dropout.swift", line: 9).description == "exercises/dropout/Dropout.swift:9")
    }

    @Test func theSummaryNamesTheSignalThePlaceAndTheRuntimeMessage() {
        #expect(Self.trap.summary(of: "your code")
            == "your code crashed with SIGILL at exercises/adam/Adam.swift:12:30 in StudentAdam.helper(_:): Fatal error: Index out of range")
        #expect(CrashReport(termination: .exited(3)).summary(of: "the training") == "the training exited with status 3")
        #expect(CrashReport(termination: .signaled(9)).summary(of: "your code") == "your code was killed with SIGKILL")
    }

    @Test func theExplanationSaysWhatTheSignalMeansAndListsEveryFrame() {
        #expect(Self.trap.explanation(of: "The worker running your code", aftermath: "The other cases still ran.") == """
            The worker running your code crashed with SIGILL (a Swift runtime trap: index out of range, force-unwrapping \
            nil, overflow, fatalError or a failed precondition) at exercises/adam/Adam.swift:12:30 in StudentAdam.helper(_:). \
            The other cases still ran.
            Where, innermost first:
              exercises/adam/Adam.swift:12:30 in StudentAdam.helper(_:)
              exercises/adam/Adam.swift:20:7 in StudentAdam.initializeAdam(parameters:)
            """)
    }

    @Test func aRecursionIsAFactOfTheFramesAndReadsAsOne() {
        #expect(!Self.trap.recursion)
        let recursion = CrashReport(termination: .signaled(11), frames: [
            CrashFrame(path: "exercises/dropout/Dropout.swift", line: 11, column: 25, function: "back(_:)", recursive: true),
        ])
        #expect(recursion.recursion && recursion.kind == .segmentationFault)
        #expect(recursion.summary(of: "your code") == "your code crashed with SIGSEGV (most often a stack overflow) at "
            + "exercises/dropout/Dropout.swift:11:25 in back(_:) (over and over: a call that keeps calling itself)")
    }
}
