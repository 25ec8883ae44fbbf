/// Student files that misbehave in one way each, for the end-to-end tests.
enum HostileSources {
    /// forward_propagation traps (index out of range); backward_propagation is right.
    static let crashingForward = """
        import Assignments
        struct StudentForwardPropagation: ForwardPropagationExercise {
            func forwardPropagation(x: Double, theta: Double) -> Double {
                let values = [x]
                return values[Int(theta) + 5] * theta
            }
            func backwardPropagation(x: Double, theta: Double) -> Double {
                ReferenceForwardPropagation().backwardPropagation(x: x, theta: theta)
            }
        }

        """

    /// gradient_check never returns.
    static let loopingGradientCheck = """
        import Assignments
        struct StudentGradientCheck: GradientCheckExercise {
            func gradientCheck(x: Double, theta: Double, epsilon: Double) -> Double {
                var counter = 0
                while counter >= 0 { counter = (counter + 1) % 1000 }
                return Double(counter)
            }
        }

        """

    /// update_lr returns NaN; schedule_lr_decay is right but prints about 10 MB first.
    static let nanAndFloodingDecay = """
        import Assignments
        struct StudentLearningRateDecay: LearningRateDecayExercise {
            func updateLR(learningRate0: Double, epochNum: Int, decayRate: Double) -> Double {
                Double.nan
            }
            func scheduleLRDecay(learningRate0: Double, epochNum: Int, decayRate: Double, timeInterval: Int) -> Double {
                let line = String(repeating: "x", count: 1023)
                for _ in 0..<(10 * 1024 / 14) { print(line) }
                return ReferenceLearningRateDecay().scheduleLRDecay(
                    learningRate0: learningRate0, epochNum: epochNum, decayRate: decayRate, timeInterval: timeInterval)
            }
        }

        """

    /// zeros returns W1 transposed, random drops b2, he adds W9.
    static let misshapenInitializers = """
        import Assignments
        import NumericCore
        struct StudentInitializers: InitializersExercise {
            let reference = ReferenceInitializers()
            func initializeParametersZeros(layersDims: [Int]) -> Parameters {
                var parameters = reference.initializeParametersZeros(layersDims: layersDims)
                parameters["W1"] = parameters["W1"]!.T
                return parameters
            }
            func initializeParametersRandom(layersDims: [Int]) -> Parameters {
                var parameters = reference.initializeParametersRandom(layersDims: layersDims)
                parameters["b2"] = nil
                return parameters
            }
            func initializeParametersHe(layersDims: [Int]) -> Parameters {
                var parameters = reference.initializeParametersHe(layersDims: layersDims)
                parameters["W9"] = Matrix.zeros(1, 1)
                return parameters
            }
        }

        """

    /// Right answers, printed around with colour codes, NUL, BEL and a CDATA terminator.
    static let colourfulMomentum = """
        import Assignments
        struct StudentMomentum: MomentumExercise {
            let reference = ReferenceMomentum()
            func initializeVelocity(parameters: Parameters) -> Gradients {
                print("\\u{1B}[31mred\\u{1B}[0m \\u{0} \\u{7} ]]> <&>")
                return reference.initializeVelocity(parameters: parameters)
            }
            func updateParametersWithMomentum(
                parameters: Parameters, grads: Gradients, v: Gradients, beta: Double, learningRate: Double
            ) -> (parameters: Parameters, v: Gradients) {
                print("\\u{1B}[1;32mgreen\\u{1B}[0m\\u{0}")
                return reference.updateParametersWithMomentum(
                    parameters: parameters, grads: grads, v: v, beta: beta, learningRate: learningRate)
            }
        }

        """

    /// Does not compile.
    static let notCompilingAdam = """
        import Assignments
        struct StudentAdam: AdamExercise {
            let oops: Int = "not a number"
        }

        """
}
