import Fixtures
import NumericCore

/// What the advice for hidden cases reads from an input: its matrices, number, zeros, classes, layers
/// and sizes. None of it is ever shown; only the comparisons between cases are put into words.
extension Value {
    /// Every matrix in the value: itself, or those inside a dict, list or tuple.
    var matrices: [Matrix] {
        switch self {
        case .matrix(let matrix), .mask(let matrix): [matrix]
        case .dict(let entries): entries.keys.sorted().flatMap { entries[$0]!.matrices }
        case .list(let items), .tuple(let items): items.flatMap(\.matrices)
        case .float, .int, .bool, .digest: []
        }
    }

    /// The value as a number, when it is a float or an int.
    var number: Double? {
        switch self {
        case .float(let x): x
        case .int(let n): Double(n)
        default: nil
        }
    }

    /// True for a float, an int or a bool: a value a student could hard-code.
    var isScalar: Bool {
        switch self {
        case .float, .int, .bool: true
        default: false
        }
    }

    /// True when the value holds matrices and every element of them is zero (a state not yet updated).
    var isAllZero: Bool {
        let matrices = matrices
        return !matrices.isEmpty && matrices.allSatisfy { $0.storage.allSatisfy { $0 == 0 } }
    }

    /// True when the value's elements include both a 0 and a 1 (labels of both classes).
    var hasBothClasses: Bool {
        let elements = matrices.flatMap(\.storage)
        return elements.contains(0) && elements.contains(1)
    }

    /// True when an element is exactly 0 or exactly 1 (a saturated prediction).
    var hasZeroOrOne: Bool {
        matrices.contains { $0.storage.contains { $0 == 0 || $0 == 1 } }
    }

    /// The number of layers the value describes: W entries of a dict (`W1`, `dW1`, …), or the sizes of
    /// `layers_dims` minus one; nil for anything else.
    var layerCount: Int? {
        switch self {
        case .dict(let entries):
            let weights = entries.keys.filter { $0.hasPrefix("W") || $0.hasPrefix("dW") }.count
            return weights > 0 ? weights : nil
        case .list(let items) where !items.isEmpty && items.allSatisfy({ if case .int = $0 { true } else { false } }):
            return items.count - 1
        default:
            return nil
        }
    }

    /// The value's sizes, comparable between cases: shapes of matrices, keys and shapes of a dict, the
    /// sizes of a list of ints such as `layers_dims`; nil for a scalar.
    var sizes: String? {
        switch self {
        case .float, .int, .bool: nil
        case .matrix(let matrix), .mask(let matrix): "\(matrix.shape)"
        case .digest(let digest): "\(digest.shape)"
        case .dict(let entries): entries.keys.sorted().map { "\($0):\(entries[$0]!.sizes ?? "scalar")" }.joined(separator: ",")
        case .list(let items), .tuple(let items):
            "[" + items.map { $0.sizes ?? $0.number.map { "\($0)" } ?? "scalar" }.joined(separator: ",") + "]"
        }
    }
}
