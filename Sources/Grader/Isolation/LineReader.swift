import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads newline-terminated lines from a pipe, giving up at a deadline; a line is at most
/// `maximumLineBytes` long, so no writer can make the reader hold unbounded memory.
final class LineReader {
    /// The longest line read whole; longer ones are returned cut, as `overlongLine`.
    static let maximumLineBytes = 4096

    /// What waiting for a line produced.
    enum Event: Equatable {
        /// A complete line, without its newline.
        case line(String)
        /// The writer closed the pipe (the worker exited).
        case endOfFile
        /// The deadline passed with no complete line.
        case deadlinePassed
        /// More than `maximumLineBytes` arrived without a newline: their start.
        case overlongLine(String)
    }

    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var closed = false

    /// Reads from `descriptor`, which stays owned by the caller.
    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Whether a complete line is waiting to be read.
    var hasBufferedLine: Bool { buffer.contains(UInt8(ascii: "\n")) }

    /// Waits for the next line until `deadline` (in `DispatchTime` uptime nanoseconds).
    func next(deadline: UInt64) -> Event {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")), newline <= Self.maximumLineBytes {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return .line(line)
            }
            if buffer.count > Self.maximumLineBytes {
                let start = String(decoding: buffer.prefix(Self.maximumLineBytes), as: UTF8.self)
                buffer.removeAll()
                return .overlongLine(start)
            }
            if closed { return .endOfFile }
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline else { return .deadlinePassed }
            var pollDescriptor = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let waitMilliseconds = Int32(min((deadline - now) / 1_000_000 + 1, 1_000))
            let ready = poll(&pollDescriptor, 1, waitMilliseconds)
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = read(descriptor, &chunk, chunk.count)
            if count > 0 {
                buffer.append(contentsOf: chunk[..<count])
            } else if count == 0 || errno != EINTR {
                closed = true
            }
        }
    }
}
