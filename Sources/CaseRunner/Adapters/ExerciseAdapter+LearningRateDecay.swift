import Assignments
import WorkerProtocol

extension ExerciseAdapter {
    /// Runs the `learning_rate_decay` cases on an implementation of `LearningRateDecayExercise`: `update_lr` (inputs `learning_rate0, epoch_num, decay_rate`) or `schedule_lr_decay` (the
    /// same and `time_interval`); the output is `learning_rate`.
    public static func learningRateDecay(_ implementation: some LearningRateDecayExercise) -> ExerciseAdapter {
        ExerciseAdapter(name: Exercise.learningRateDecay.name) { function, inputs in
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
                return nil
            }
            return ["learning_rate": .float(learningRate)]
        }
    }
}
