/// The three initializations of the Initialization notebook (W1A1).
///
/// `layersDims` lists the layer sizes `[n0, n1, …, nL]`, input layer first. Every method returns
/// `W1, b1, …, WL, bL` with `W_l` of shape `(n_l, n_{l-1})` and `b_l` of shape `(n_l, 1)`.
/// The student's `StudentInitializers` and `ReferenceInitializers` conform; the grader calls them
/// through `InitializersCases`.
public protocol InitializersExercise {
    /// The notebook's `initialize_parameters_zeros(layers_dims)`: every weight and bias 0.
    ///
    /// - Parameter layersDims: the layer sizes, input layer first.
    /// - Returns: `W_l` and `b_l` for `l = 1…L`, all zeros.
    func initializeParametersZeros(layersDims: [Int]) -> Parameters

    /// The notebook's `initialize_parameters_random(layers_dims)`: large random weights.
    ///
    /// Seeds a `RandomState` with 3, then for `l = 1, 2, …` in order draws
    /// `W_l = randn(n_l, n_{l-1}) · 10`; `b_l` is zeros and draws nothing.
    ///
    /// - Parameter layersDims: the layer sizes, input layer first.
    /// - Returns: `W_l` and `b_l` for `l = 1…L`.
    func initializeParametersRandom(layersDims: [Int]) -> Parameters

    /// The notebook's `initialize_parameters_he(layers_dims)`: He initialization.
    ///
    /// Seeds a `RandomState` with 3, then for `l = 1, 2, …` in order draws
    /// `W_l = randn(n_l, n_{l-1}) · sqrt(2 / n_{l-1})`; `b_l` is zeros and draws nothing.
    ///
    /// - Parameter layersDims: the layer sizes, input layer first.
    /// - Returns: `W_l` and `b_l` for `l = 1…L`.
    func initializeParametersHe(layersDims: [Int]) -> Parameters
}
