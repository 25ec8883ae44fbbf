import WorkerProtocol
import NumericCore

extension Value {
    /// A dictionary of matrices, such as `parameters` or `grads`, every entry compared with tolerance.
    static func matrices(_ dictionary: [String: Matrix]) -> Value {
        .dict(dictionary.mapValues { .matrix($0) })
    }
}
