import Assignments
import NumericCore

/// The notebooks' `parameters` dictionary that a training hands a student's function every step, kept
/// from step to step: the entries are refilled through their positions (no key is hashed after the
/// first step, where building a dictionary hashes six), and emptied after the call, so that the update
/// finds the matrices unshared and changes them in place.
struct LentParameters {
    private var dictionary: Parameters
    /// The positions of ``NetworkParameters/keys`` in `dictionary`, which never changes its keys.
    private let slots: [Parameters.Index]
    /// What an emptied entry holds: no elements, nothing shared with the parameters.
    private static let placeholder = Matrix(rows: 0, columns: 0, data: [])

    /// A dictionary with the six entries of `parameters`.
    init(_ parameters: NetworkParameters) {
        let dictionary = parameters.dictionary
        self.dictionary = dictionary
        slots = NetworkParameters.keys.map { dictionary.index(forKey: $0)! }
    }

    /// `body`'s result for the dictionary of `parameters`, which holds them only while `body` runs.
    mutating func lend<Result>(_ parameters: NetworkParameters, to body: (Parameters) -> Result) -> Result {
        for (slot, matrix) in zip(slots, parameters.matrices) { dictionary.values[slot] = matrix }
        defer { for slot in slots { dictionary.values[slot] = Self.placeholder } }
        return body(dictionary)
    }
}
