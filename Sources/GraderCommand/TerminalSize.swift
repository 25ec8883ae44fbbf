import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The size of the terminal the grader prints to.
enum TerminalSize {
    /// The width in columns of the terminal at `descriptor`, or nil when it is not a terminal.
    static func columns(of descriptor: Int32) -> Int? {
        guard isatty(descriptor) != 0 else { return nil }
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
