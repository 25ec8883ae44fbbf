import NumericCore

/// A network's parameters, keyed as the notebooks key them: `"W1"`, `"b1"`, …, `"WL"`, `"bL"`.
///
/// `W_l` has shape `(n_l, n_{l-1})` and `b_l` shape `(n_l, 1)`, so a network of `L` layers has
/// `2·L` entries and `parameters.count / 2` is its number of layers, as `len(parameters) // 2` is in
/// the notebooks.
public typealias Parameters = [String: Matrix]

/// Gradients and gradient-shaped state, keyed `"dW1"`, `"db1"`, … like the notebooks' `grads`.
///
/// A backward pass also returns the intermediate `"dZ3"`, `"dA2"`, …; the optimizers' running
/// averages (momentum's `v`, Adam's `v` and `s`) use the same `"dW_l"`/`"db_l"` keys.
public typealias Gradients = [String: Matrix]
