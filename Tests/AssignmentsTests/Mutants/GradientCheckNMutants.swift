import ReferenceSolutions
import Assignments
import CaseRunner
import NumericCore

/// Answers like the reference unless a mutant overrides a function.
private protocol GradientCheckNMutant: GradientCheckNExercise, SendableMetatype {}

extension GradientCheckNMutant {
    func backwardPropagationN(X: Matrix, Y: Matrix, cache: ForwardCache) -> Gradients {
        ReferenceGradientCheckN().backwardPropagationN(X: X, Y: Y, cache: cache)
    }

    func gradientCheckN(parameters: Parameters, gradients: Gradients, X: Matrix, Y: Matrix, epsilon: Double) -> Double {
        ReferenceGradientCheckN().gradientCheckN(parameters: parameters, gradients: gradients, X: X, Y: Y, epsilon: epsilon)
    }
}

// MARK: backward_propagation_n

private struct KeepsBothBugs: GradientCheckNMutant {
    func backwardPropagationN(X: Matrix, Y: Matrix, cache: ForwardCache) -> Gradients {
        buggyBackwardPropagationN(X: X, Y: Y, cache: cache)
    }
}

private struct KeepsDW2Bug: GradientCheckNMutant {
    func backwardPropagationN(X: Matrix, Y: Matrix, cache: ForwardCache) -> Gradients {
        var gradients = ReferenceGradientCheckN().backwardPropagationN(X: X, Y: Y, cache: cache)
        gradients["dW2"] = gradients["dW2"]! * 2
        return gradients
    }
}

private struct KeepsDb1Bug: GradientCheckNMutant {
    func backwardPropagationN(X: Matrix, Y: Matrix, cache: ForwardCache) -> Gradients {
        var gradients = ReferenceGradientCheckN().backwardPropagationN(X: X, Y: Y, cache: cache)
        let m = Double(X.columns)
        gradients["db1"] = 4 / m * gradients["dZ1"]!.sum(axis: 1)
        return gradients
    }
}

private struct ForgetsReluDerivative: GradientCheckNMutant {
    func backwardPropagationN(X: Matrix, Y: Matrix, cache: ForwardCache) -> Gradients {
        threeLayerBackward(X: X, Y: Y, cache: cache, reluGate: { dA, _ in dA })
    }
}

private struct OutputGradientSignFlipped: GradientCheckNMutant {
    func backwardPropagationN(X: Matrix, Y: Matrix, cache: ForwardCache) -> Gradients {
        threeLayerBackward(X: X, Y: Y, cache: cache, dZ3: { A3, Y in Y - A3 })
    }
}

private struct BiasGradientOverWrongAxis: GradientCheckNMutant {
    func backwardPropagationN(X: Matrix, Y: Matrix, cache: ForwardCache) -> Gradients {
        threeLayerBackward(X: X, Y: Y, cache: cache, biasAxis: 0)
    }
}

/// The three-layer backward pass with the pieces students get wrong replaceable.
private func threeLayerBackward(
    X: Matrix, Y: Matrix, cache: ForwardCache,
    dZ3 outputGradient: (Matrix, Matrix) -> Matrix = { A3, Y in A3 - Y },
    reluGate: (Matrix, Matrix) -> Matrix = { dA, A in dA * (A .> 0) },
    biasAxis: Int = 1
) -> Gradients {
    let m = Double(X.columns)
    let dZ3 = outputGradient(cache.A3, Y)
    let dA2 = cache.W3.T.dot(dZ3)
    let dZ2 = reluGate(dA2, cache.A2)
    let dA1 = cache.W2.T.dot(dZ2)
    let dZ1 = reluGate(dA1, cache.A1)
    return [
        "dZ3": dZ3, "dW3": 1 / m * dZ3.dot(cache.A2.T), "db3": 1 / m * dZ3.sum(axis: biasAxis),
        "dA2": dA2, "dZ2": dZ2, "dW2": 1 / m * dZ2.dot(cache.A1.T), "db2": 1 / m * dZ2.sum(axis: biasAxis),
        "dA1": dA1, "dZ1": dZ1, "dW1": 1 / m * dZ1.dot(X.T), "db1": 1 / m * dZ1.sum(axis: biasAxis),
    ]
}

// MARK: gradient_check_n

/// The cost at the parameter vector `theta`, shaped like `parameters`.
private func cost(_ theta: Matrix, like parameters: Parameters, _ X: Matrix, _ Y: Matrix) -> Double {
    forwardPropagationN(X: X, Y: Y, parameters: vectorToDictionary(theta, like: parameters)).cost
}

/// `theta` with entry `i` moved by `delta`.
private func nudged(_ theta: Matrix, _ i: Int, by delta: Double) -> Matrix {
    var copy = theta
    copy[i, 0] += delta
    return copy
}

private struct OneSidedDifferenceN: GradientCheckNMutant {
    func gradientCheckN(parameters: Parameters, gradients: Gradients, X: Matrix, Y: Matrix, epsilon: Double) -> Double {
        let theta = dictionaryToVector(parameters)
        let grad = gradientsToVector(gradients)
        let j = cost(theta, like: parameters, X, Y)
        var gradapprox = Matrix.zeros(theta.rows, 1)
        for i in 0..<theta.rows {
            gradapprox[i, 0] = (cost(nudged(theta, i, by: epsilon), like: parameters, X, Y) - j) / epsilon
        }
        return (grad - gradapprox).norm() / (grad.norm() + gradapprox.norm())
    }
}

private struct DividesByEpsilonN: GradientCheckNMutant {
    func gradientCheckN(parameters: Parameters, gradients: Gradients, X: Matrix, Y: Matrix, epsilon: Double) -> Double {
        let theta = dictionaryToVector(parameters)
        let grad = gradientsToVector(gradients)
        var gradapprox = Matrix.zeros(theta.rows, 1)
        for i in 0..<theta.rows {
            let jPlus = cost(nudged(theta, i, by: epsilon), like: parameters, X, Y)
            let jMinus = cost(nudged(theta, i, by: -epsilon), like: parameters, X, Y)
            gradapprox[i, 0] = (jPlus - jMinus) / epsilon
        }
        return (grad - gradapprox).norm() / (grad.norm() + gradapprox.norm())
    }
}

/// numpy's `theta_plus = parameters_values` without `np.copy`: every +ε nudge stays in the vector.
private struct NudgesAccumulate: GradientCheckNMutant {
    func gradientCheckN(parameters: Parameters, gradients: Gradients, X: Matrix, Y: Matrix, epsilon: Double) -> Double {
        var parametersValues = dictionaryToVector(parameters)
        let grad = gradientsToVector(gradients)
        var gradapprox = Matrix.zeros(parametersValues.rows, 1)
        for i in 0..<parametersValues.rows {
            parametersValues[i, 0] += epsilon
            let jPlus = cost(parametersValues, like: parameters, X, Y)
            let jMinus = cost(nudged(parametersValues, i, by: -epsilon), like: parameters, X, Y)
            gradapprox[i, 0] = (jPlus - jMinus) / (2 * epsilon)
        }
        return (grad - gradapprox).norm() / (grad.norm() + gradapprox.norm())
    }
}

private struct DenominatorWithoutGradapproxN: GradientCheckNMutant {
    func gradientCheckN(parameters: Parameters, gradients: Gradients, X: Matrix, Y: Matrix, epsilon: Double) -> Double {
        let theta = dictionaryToVector(parameters)
        let grad = gradientsToVector(gradients)
        var gradapprox = Matrix.zeros(theta.rows, 1)
        for i in 0..<theta.rows {
            let jPlus = cost(nudged(theta, i, by: epsilon), like: parameters, X, Y)
            let jMinus = cost(nudged(theta, i, by: -epsilon), like: parameters, X, Y)
            gradapprox[i, 0] = (jPlus - jMinus) / (2 * epsilon)
        }
        return (grad - gradapprox).norm() / grad.norm()
    }
}

private struct ReturnsNumeratorN: GradientCheckNMutant {
    func gradientCheckN(parameters: Parameters, gradients: Gradients, X: Matrix, Y: Matrix, epsilon: Double) -> Double {
        let theta = dictionaryToVector(parameters)
        let grad = gradientsToVector(gradients)
        var gradapprox = Matrix.zeros(theta.rows, 1)
        for i in 0..<theta.rows {
            let jPlus = cost(nudged(theta, i, by: epsilon), like: parameters, X, Y)
            let jMinus = cost(nudged(theta, i, by: -epsilon), like: parameters, X, Y)
            gradapprox[i, 0] = (jPlus - jMinus) / (2 * epsilon)
        }
        return (grad - gradapprox).norm()
    }
}

private struct DefaultEpsilonN: GradientCheckNMutant {
    func gradientCheckN(parameters: Parameters, gradients: Gradients, X: Matrix, Y: Matrix, epsilon: Double) -> Double {
        ReferenceGradientCheckN().gradientCheckN(parameters: parameters, gradients: gradients, X: X, Y: Y, epsilon: 1e-7)
    }
}

/// The `gradient_check_n` exercise's mutants.
let gradientCheckNMutants: [Mutant] = {
    func mutant(_ function: String, _ mistake: String, _ make: @escaping @Sendable () -> some GradientCheckNMutant) -> Mutant {
        Mutant(.gradientCheckN, function, mistake) { ExerciseAdapter.gradientCheckN(make()) }
    }
    return [
        mutant("backward_propagation_n", "both of the notebook's bugs left in") { KeepsBothBugs() },
        mutant("backward_propagation_n", "dW2 still multiplied by 2") { KeepsDW2Bug() },
        mutant("backward_propagation_n", "db1 still with 4/m") { KeepsDb1Bug() },
        mutant("backward_propagation_n", "ReLU derivative forgotten (dZ = dA)") { ForgetsReluDerivative() },
        mutant("backward_propagation_n", "dZ3 = Y − A3 (sign flipped)") { OutputGradientSignFlipped() },
        mutant("backward_propagation_n", "bias gradients summed over axis 0") { BiasGradientOverWrongAxis() },
        mutant("gradient_check_n", "one-sided difference") { OneSidedDifferenceN() },
        mutant("gradient_check_n", "centred difference divided by ε instead of 2ε") { DividesByEpsilonN() },
        mutant("gradient_check_n", "θ⁺ not copied, so the nudges accumulate") { NudgesAccumulate() },
        mutant("gradient_check_n", "denominator ‖grad‖ without ‖gradapprox‖") { DenominatorWithoutGradapproxN() },
        mutant("gradient_check_n", "returns the numerator, never divided") { ReturnsNumeratorN() },
        mutant("gradient_check_n", "ε fixed at the default 1e-7, whatever is passed") { DefaultEpsilonN() },
    ]
}()
