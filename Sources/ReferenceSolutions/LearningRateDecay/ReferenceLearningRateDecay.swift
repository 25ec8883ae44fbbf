import Assignments

/// The reference answers to the `learning_rate_decay` exercise.
public struct ReferenceLearningRateDecay: LearningRateDecayExercise {
    /// Creates the reference implementation.
    public init() {}

    /// α0 / (1 + decay_rate · epoch_num).
    public func updateLR(learningRate0: Double, epochNum: Int, decayRate: Double) -> Double {
        learningRate0 / (1 + decayRate * Double(epochNum))
    }

    /// α0 / (1 + decay_rate · ⌊epoch_num / time_interval⌋), the quotient taken in floating point and
    /// floored as numpy's `np.floor(epoch_num / time_interval)` does.
    public func scheduleLRDecay(learningRate0: Double, epochNum: Int, decayRate: Double, timeInterval: Int) -> Double {
        learningRate0 / (1 + decayRate * (Double(epochNum) / Double(timeInterval)).rounded(.down))
    }
}
