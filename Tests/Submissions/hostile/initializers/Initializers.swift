// Hostile submission: zeros returns W1 transposed, random drops b1, he adds W9.
import Assignments
import NumericCore
struct StudentInitializers: InitializersExercise {
    let reference = CorrectInitializers()
    func initializeParametersZeros(layersDims: [Int]) -> Parameters {
        var parameters = reference.initializeParametersZeros(layersDims: layersDims)
        parameters["W1"] = parameters["W1"]!.T
        return parameters
    }
    func initializeParametersRandom(layersDims: [Int]) -> Parameters {
        var parameters = reference.initializeParametersRandom(layersDims: layersDims)
        parameters["b1"] = nil
        return parameters
    }
    func initializeParametersHe(layersDims: [Int]) -> Parameters {
        var parameters = reference.initializeParametersHe(layersDims: layersDims)
        parameters["W9"] = Matrix.zeros(1, 1)
        return parameters
    }
}
