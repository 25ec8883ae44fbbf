/// Learning-rate decay (Optimization methods notebook, W2A1).
///
/// The student's `StudentLearningRateDecay` and `ReferenceLearningRateDecay` conform; the grader calls
/// them through `LearningRateDecayCases`.
public protocol LearningRateDecayExercise {
    /// The notebook's `update_lr(learning_rate0, epoch_num, decay_rate)`: decay at every epoch.
    ///
    /// α = α0 / (1 + decay_rate · epoch_num).
    ///
    /// - Parameters:
    ///   - learningRate0: the initial learning rate α0.
    ///   - epochNum: the epoch number, from 0.
    ///   - decayRate: how fast the rate decays.
    /// - Returns: the learning rate for this epoch.
    func updateLR(learningRate0: Double, epochNum: Int, decayRate: Double) -> Double

    /// The notebook's `schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval)`:
    /// decay in steps, once every `time_interval` epochs.
    ///
    /// α = α0 / (1 + decay_rate · ⌊epoch_num / time_interval⌋).
    ///
    /// - Parameters:
    ///   - learningRate0: the initial learning rate α0.
    ///   - epochNum: the epoch number, from 0.
    ///   - decayRate: how fast the rate decays.
    ///   - timeInterval: the number of epochs between two decays (the notebook's default is 1000).
    /// - Returns: the learning rate for this epoch.
    func scheduleLRDecay(learningRate0: Double, epochNum: Int, decayRate: Double, timeInterval: Int) -> Double
}

extension LearningRateDecayExercise {
    /// `schedule_lr_decay(learning_rate0, epoch_num, decay_rate)` with the notebook's default
    /// time_interval = 1000.
    public func scheduleLRDecay(learningRate0: Double, epochNum: Int, decayRate: Double) -> Double {
        scheduleLRDecay(learningRate0: learningRate0, epochNum: epochNum, decayRate: decayRate, timeInterval: 1000)
    }
}
