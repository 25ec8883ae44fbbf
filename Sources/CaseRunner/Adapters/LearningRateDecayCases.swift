import Assignments
import WorkerProtocol

/// Runs the `learning_rate_decay` exercise's cases on an implementation of `LearningRateDecayExercise`.
public struct LearningRateDecayCases<Implementation: LearningRateDecayExercise>: ExerciseAdapter {
    /// The exercise's name in fixtures and on the command line.
    public static var exercise: String { "learning_rate_decay" }

    private let implementation: Implementation

    /// Wraps the implementation to grade (the student's or the reference).
    public init(_ implementation: Implementation) {
        self.implementation = implementation
    }

    /// Runs `update_lr` (inputs `learning_rate0, epoch_num, decay_rate`) or `schedule_lr_decay` (the
    /// same and `time_interval`); the output is `learning_rate`.
    public func run(function: String, inputs: [String: Value]) throws -> [String: Value] {
        let inputs = CaseInputs(inputs)
        let learningRate: Double
        switch function {
        case "update_lr":
            learningRate = implementation.updateLR(
                learningRate0: try inputs.double("learning_rate0"), epochNum: try inputs.int("epoch_num"),
                decayRate: try inputs.double("decay_rate"))
        case "schedule_lr_decay":
            learningRate = implementation.scheduleLRDecay(
                learningRate0: try inputs.double("learning_rate0"), epochNum: try inputs.int("epoch_num"),
                decayRate: try inputs.double("decay_rate"), timeInterval: try inputs.int("time_interval"))
        default:
            throw AdapterError.unknownFunction(exercise: Self.exercise, function: function)
        }
        return ["learning_rate": .float(learningRate)]
    }
}
