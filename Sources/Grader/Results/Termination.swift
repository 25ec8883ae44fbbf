/// How a sandboxed process ended: the exit status it chose, or the signal that ended it.
///
/// Encoded as `{"exitStatus": 3}` or `{"signal": 11}`. Signal numbers are Linux's, where the grader runs.
public enum Termination: Sendable, Hashable {
    /// It exited with this status.
    case exited(Int32)
    /// A signal ended it.
    case signaled(Int32)
}

extension Termination: Codable {
    private enum CodingKeys: String, CodingKey {
        case exitStatus
        case signal
    }

    /// Decodes `{"exitStatus": n}` or `{"signal": n}`.
    ///
    /// - Throws: `DecodingError` when the object holds neither.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let status = try container.decodeIfPresent(Int32.self, forKey: .exitStatus) {
            self = .exited(status)
        } else {
            self = .signaled(try container.decode(Int32.self, forKey: .signal))
        }
    }

    /// Encodes `{"exitStatus": n}` or `{"signal": n}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .exited(let status): try container.encode(status, forKey: .exitStatus)
        case .signaled(let signal): try container.encode(signal, forKey: .signal)
        }
    }
}
