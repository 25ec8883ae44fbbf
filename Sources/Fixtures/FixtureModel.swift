import NumericCore

/// How close a float must be to pass: `abs(actual - expected) <= atol + rtol * abs(expected)`.
///
/// This is numpy's `isclose` rule and, like it, asymmetric: the relative part scales with the
/// *expected* value, so swapping actual and expected can change the verdict. Integers, booleans and
/// masks ignore tolerances and compare exactly.
public struct Tolerance: Sendable, Equatable {
    /// Relative tolerance, scaled by the magnitude of the expected value.
    public var rtol: Double
    /// Absolute tolerance, which matters most near zero.
    public var atol: Double
    /// Why this tolerance is looser than the case's own, when it is (e.g. cancellation).
    public var reason: String?

    /// Creates a tolerance.
    public init(rtol: Double, atol: Double, reason: String? = nil) {
        self.rtol = rtol
        self.atol = atol
        self.reason = reason
    }

    /// True when `actual` is within this tolerance of `expected`; false for any NaN, and an infinite
    /// expected value accepts only itself.
    public func accepts(_ actual: Double, expected: Double) -> Bool {
        guard expected.isFinite, actual.isFinite else { return actual == expected }
        return abs(actual - expected) <= atol + rtol * abs(expected)
    }
}

/// Whether a case's inputs and expected values may be shown to the student.
public enum Visibility: String, Sendable, Equatable {
    /// Shown in full, like the notebook's own test cell.
    case `public`
    /// Graded, but only the kind and place of a mistake are shown (unless the instructor reveals it).
    case hidden
}

/// One draw of a generated input: `kind` over `shape`, row-major, optionally turned into a 0/1 mask.
public struct GeneratedDraw: Sendable, Equatable {
    /// The name of the input this draw fills.
    public var input: String
    /// `randn` (standard normal) or `rand` (uniform on [0, 1)).
    public var kind: Kind
    /// The drawn matrix's shape.
    public var shape: MatrixShape
    /// When set, the input is the mask `draw < lessThan` instead of the draw itself.
    public var lessThan: Double?

    /// The distributions a recipe can draw from.
    public enum Kind: String, Sendable, Equatable {
        /// Standard normal, numpy's `randn`.
        case randn
        /// Uniform on [0, 1), numpy's `rand`.
        case rand
    }

    /// Creates a draw.
    public init(input: String, kind: Kind, shape: MatrixShape, lessThan: Double? = nil) {
        self.input = input
        self.kind = kind
        self.shape = shape
        self.lessThan = lessThan
    }
}

/// Inputs too large to store: a seed, then draws in order, reproduced with `RandomState`.
public struct GenerationRecipe: Sendable, Equatable {
    /// The seed applied once before the first draw.
    public var seed: UInt32
    /// The draws, in order.
    public var draws: [GeneratedDraw]

    /// Creates a recipe.
    public init(seed: UInt32, draws: [GeneratedDraw]) {
        self.seed = seed
        self.draws = draws
    }
}

/// One test case of a graded function, as the oracle wrote it.
public struct FixtureCase: Sendable, Equatable {
    /// Unique id within its exercise, e.g. `update_parameters_with_adam[t=3]`.
    public var id: String
    /// The graded function's notebook name.
    public var function: String
    /// One line a student can read.
    public var description: String
    /// Public or hidden.
    public var visibility: Visibility
    /// Points the case is worth (positive).
    public var points: Double
    /// Which notebook case or oracle generator made the case.
    public var provenance: String
    /// The tolerance for every float of every output, unless `outputTolerances` names the output.
    public var tolerance: Tolerance
    /// Per top-level output name, a tolerance that replaces `tolerance`.
    public var outputTolerances: [String: Tolerance]
    /// Inputs given literally, by argument name.
    public var inputs: [String: Value]
    /// The literal inputs' names in the order the fixture file gives them: the notebook's argument order.
    public var inputOrder: [String]
    /// Inputs to generate with `RandomState`, if any.
    public var recipe: GenerationRecipe?
    /// Expected outputs, by output name.
    public var expected: [String: Value]

    /// Creates a case.
    public init(
        id: String, function: String, description: String, visibility: Visibility, points: Double,
        provenance: String, tolerance: Tolerance, outputTolerances: [String: Tolerance] = [:],
        inputs: [String: Value], inputOrder: [String]? = nil, recipe: GenerationRecipe? = nil, expected: [String: Value]
    ) {
        self.id = id
        self.function = function
        self.description = description
        self.visibility = visibility
        self.points = points
        self.provenance = provenance
        self.tolerance = tolerance
        self.outputTolerances = outputTolerances
        self.inputs = inputs
        self.inputOrder = inputOrder ?? inputs.keys.sorted()
        self.recipe = recipe
        self.expected = expected
    }

    /// Every input's name, generated ones included, in the notebook's argument order: the literal inputs
    /// as the file gives them, then the generated ones in the order they are drawn.
    public var orderedInputNames: [String] {
        inputOrder + (recipe?.draws.map(\.input) ?? []).filter { !inputOrder.contains($0) }
    }

    /// The tolerance that applies to the named top-level output.
    public func tolerance(forOutput name: String) -> Tolerance {
        outputTolerances[name] ?? tolerance
    }
}

/// A known mistake that only hidden cases of its function catch, and why no public case can.
///
/// The public cases are meant to predict the grade: a mistake that fails some case should fail a
/// public one too. A fixture file lists the exceptions, each named as the mutant suite names it.
public struct HiddenOnlyMistake: Sendable, Equatable {
    /// The graded function the mistake is in, e.g. `update_parameters_with_adam`.
    public var function: String
    /// The mistake, in the mutant suite's words.
    public var mistake: String
    /// Why no public case can catch it.
    public var reason: String

    /// Creates an exception.
    public init(function: String, mistake: String, reason: String) {
        self.function = function
        self.mistake = mistake
        self.reason = reason
    }
}

/// The cases of one exercise, as one fixture file holds them.
public struct FixtureFile: Sendable, Equatable {
    /// The exercise's name, e.g. `adam`.
    public var exercise: String
    /// The oracle script that wrote the file.
    public var generator: String
    /// The mistakes only hidden cases catch, each with its reason (usually none).
    public var hiddenOnly: [HiddenOnlyMistake]
    /// The cases in grading order.
    public var cases: [FixtureCase]

    /// Creates a fixture file.
    public init(exercise: String, generator: String, hiddenOnly: [HiddenOnlyMistake] = [], cases: [FixtureCase]) {
        self.exercise = exercise
        self.generator = generator
        self.hiddenOnly = hiddenOnly
        self.cases = cases
    }
}
