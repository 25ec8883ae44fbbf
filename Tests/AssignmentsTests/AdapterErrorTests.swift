import ReferenceSolutions
import Assignments
import CaseRunner
import Fixtures
import NumericCore
import Testing

/// A fixture that does not fit its exercise is reported as the grader's fault, naming what is wrong.
struct AdapterErrorTests {
    @Test func unknownFunctionIsNamed() {
        #expect {
            try ExerciseAdapter.adam(ReferenceAdam()).run(function: "update_parameters_with_rmsprop", inputs: [:])
        } throws: { error in
            guard case AdapterError.unknownFunction("adam", "update_parameters_with_rmsprop") = error else { return false }
            return true
        }
    }

    @Test func missingInputIsNamed() {
        #expect {
            try ExerciseAdapter.learningRateDecay(ReferenceLearningRateDecay())
                .run(function: "update_lr", inputs: ["learning_rate0": .float(0.5), "decay_rate": .float(1)])
        } throws: { error in
            guard case AdapterError.missingInput("epoch_num") = error else { return false }
            return true
        }
    }

    @Test func wrongKindIsNamed() {
        #expect {
            try ExerciseAdapter.learningRateDecay(ReferenceLearningRateDecay()).run(
                function: "update_lr",
                inputs: ["learning_rate0": .float(0.5), "epoch_num": .float(2), "decay_rate": .float(1)])
        } throws: { error in
            guard case AdapterError.wrongInput("epoch_num", "int", "float") = error else { return false }
            return true
        }
    }

    @Test func missingCacheEntryIsNamed() {
        let cache: [String: Value] = ["Z1": .matrix(.zeros(1, 1))]
        #expect {
            try ExerciseAdapter.regularization(ReferenceRegularization()).run(
                function: "backward_propagation_with_regularization",
                inputs: ["X": .matrix(.zeros(1, 1)), "Y": .mask(.zeros(1, 1)), "cache": .dict(cache), "lambd": .float(0.1)])
        } throws: { error in
            guard case AdapterError.missingInput(#"cache["A1"]"#) = error else { return false }
            return true
        }
    }

    @Test func layerSizesMustBeIntegers() {
        #expect {
            try ExerciseAdapter.initializers(ReferenceInitializers()).run(
                function: "initialize_parameters_zeros", inputs: ["layers_dims": .list([.int(3), .float(2)])])
        } throws: { error in
            guard case AdapterError.wrongInput("layers_dims[1]", "int", "float") = error else { return false }
            return true
        }
    }

    @Test func seedOutsideTheGeneratorsRangeIsRefused() {
        #expect {
            try ExerciseAdapter.gradientDescent(ReferenceGradientDescent()).run(
                function: "random_mini_batches",
                inputs: ["X": .matrix(.zeros(2, 3)), "Y": .mask(.zeros(1, 3)), "mini_batch_size": .int(2), "seed": .int(-1)])
        } throws: { error in
            guard case AdapterError.wrongInput(name: "seed", expected: _, got: _) = error else { return false }
            return true
        }
    }
}

/// What the adapters hand back: every output under its notebook name, masks as masks.
struct AdapterOutputTests {
    @Test func dropoutMasksAreEncodedAsMasks() throws {
        let parameters: [String: Value] = [
            "W1": .matrix(Matrix([[1, -1]])), "b1": .matrix(Matrix([[0]])),
            "W2": .matrix(Matrix([[1]])), "b2": .matrix(Matrix([[0]])),
            "W3": .matrix(Matrix([[1]])), "b3": .matrix(Matrix([[0]])),
        ]
        let outputs = try ExerciseAdapter.dropout(ReferenceDropout()).run(
            function: "forward_propagation_with_dropout",
            inputs: ["X": .matrix(Matrix([[1, 2], [0, 1]])), "parameters": .dict(parameters), "keep_prob": .float(0.5)])
        #expect(Set(outputs.keys) == ["A3", "cache"])
        guard case .dict(let cache) = outputs["cache"] else {
            Issue.record("cache should be a dict, got \(outputs["cache"]?.kindName ?? "nothing")")
            return
        }
        #expect(Set(cache.keys) == ["Z1", "D1", "A1", "W1", "b1", "Z2", "D2", "A2", "W2", "b2", "Z3", "A3", "W3", "b3"])
        #expect(cache["D1"]?.kindName == "mask")
        #expect(cache["D2"]?.kindName == "mask")
        #expect(cache["A1"]?.kindName == "matrix")
    }

    @Test func miniBatchesAreTuplesOfMatrixAndMask() throws {
        let outputs = try ExerciseAdapter.gradientDescent(ReferenceGradientDescent()).run(
            function: "random_mini_batches",
            inputs: [
                "X": .matrix(Matrix([[1, 2, 3], [4, 5, 6]])), "Y": .mask(Matrix([[1, 0, 1]])),
                "mini_batch_size": .int(2), "seed": .int(0),
            ])
        guard case .list(let batches) = outputs["mini_batches"] else {
            Issue.record("mini_batches should be a list")
            return
        }
        #expect(batches.count == 2)
        for batch in batches {
            guard case .tuple(let pair) = batch else {
                Issue.record("a mini-batch should be a tuple, got \(batch.kindName)")
                continue
            }
            #expect(pair.map(\.kindName) == ["matrix", "mask"])
        }
    }
}
