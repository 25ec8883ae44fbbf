import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The worker's line to the grader, kept apart from what student code prints.
///
/// At start it duplicates standard output to a private descriptor for protocol lines; during a case it
/// points descriptors 1 and 2 at the case's output file, line-buffered, so even a crash keeps what was
/// printed before it.
final class ProtocolChannel: @unchecked Sendable {
    private let protocolDescriptor: Int32
    private let nullDescriptor: Int32

    init() {
        protocolDescriptor = dup(STDOUT_FILENO)
        nullDescriptor = open("/dev/null", O_WRONLY)
        setvbuf(stdout, nil, _IOLBF, 0)
        dup2(nullDescriptor, STDOUT_FILENO)
    }

    /// Writes one protocol line to the grader.
    func send(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(protocolDescriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }

    /// Sends descriptors 1 and 2 to the given file (created or truncated).
    func redirectStudentOutput(to path: String) {
        fflush(stdout)
        fflush(stderr)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return }
        dup2(descriptor, STDOUT_FILENO)
        dup2(descriptor, STDERR_FILENO)
        close(descriptor)
    }

    /// Flushes what the student printed and sends descriptors 1 and 2 to /dev/null until the next case.
    func restoreOutput() {
        fflush(stdout)
        fflush(stderr)
        dup2(nullDescriptor, STDOUT_FILENO)
        dup2(nullDescriptor, STDERR_FILENO)
    }
}
