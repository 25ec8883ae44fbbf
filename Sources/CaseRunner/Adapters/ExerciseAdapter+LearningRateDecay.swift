import Assignments
import WorkerProtocol

extension ExerciseAdapter {
    /// Runs the `learning_rate_decay` cases on an implementation of `LearningRateDecayExercise`:
    /// `update_lr` (inputs `learning_rate0, epoch_num, decay_rate`) or `schedule_lr_decay` (the same and
    /// `time_interval`); the output is `learning_rate`.
    public static func learningRateDecay(_ implementation: some LearningRateDecayExercise) -> ExerciseAdapter {
        ExerciseAdapter(name: Exercise.learningRateDecay.name, functions: [
            "update_lr": { inputs in
                let learningRate = implementation.updateLR(
                    learningRate0: try inputs.double("learning_rate0"), epochNum: try inputs.int("epoch_num"),
                    decayRate: try inputs.double("decay_rate"))
                return ["learning_rate": .float(learningRate)]
            },
            "schedule_lr_decay": { inputs in
                let learningRate = implementation.scheduleLRDecay(
                    learningRate0: try inputs.double("learning_rate0"), epochNum: try inputs.int("epoch_num"),
                    decayRate: try inputs.double("decay_rate"), timeInterval: try inputs.int("time_interval"))
                return ["learning_rate": .float(learningRate)]
            },
        ])
    }
}
