/// A frame of a crash backtrace inside the student's files: where the student's code was when it crashed.
public struct CrashFrame: Sendable, Codable, Hashable, CustomStringConvertible {
    /// The file as the student reads its path, e.g. `exercises/adam/Adam.swift`.
    public var path: String
    /// The line, from 1; nil when the debug information gave none.
    public var line: Int?
    /// The column, from 1; nil when the debug information gave none.
    public var column: Int?
    /// The function, as the backtrace names it, e.g. `StudentAdam.helper(_:)`; nil when it names none.
    public var function: String?
    /// Whether this frame called itself back to back in the backtrace: a recursion that never ends.
    public var recursive: Bool

    /// Creates a frame.
    public init(path: String, line: Int? = nil, column: Int? = nil, function: String? = nil, recursive: Bool = false) {
        self.path = path
        self.line = line
        self.column = column
        self.function = function
        self.recursive = recursive
    }

    /// The place as a compiler names it, then the function: `exercises/adam/Adam.swift:12:30 in StudentAdam.helper(_:)`.
    public var description: String {
        let place = [path] + [line, column].compactMap { $0.map(String.init) }
        return place.joined(separator: ":") + (function.map { " in \($0)" } ?? "")
    }
}
