// Exercise `learning_rate_decay` — Optimization methods notebook (W2A1), exercises 7 and 8.
// Read README.md beside this file, then replace each notImplemented() with your code.
// Check your work with: swift run grader run --exercise learning_rate_decay

import Assignments
import Foundation
import NumericCore

/// Your learning-rate decay schedules.
struct StudentLearningRateDecay: LearningRateDecayExercise {
    /// Calculates the updated learning rate using exponential weight decay.
    ///
    /// - Parameters:
    ///   - learningRate0: original learning rate, scalar
    ///   - epochNum: epoch number, integer
    ///   - decayRate: decay rate, scalar
    /// - Returns: learningRate, the updated learning rate, scalar
    func updateLR(learningRate0: Double, epochNum: Int, decayRate: Double) -> Double {
        // YOUR CODE STARTS HERE (≈ 1 line)
        notImplemented()
        // YOUR CODE ENDS HERE
    }

    /// Calculates the updated learning rate using exponential weight decay, in fixed intervals.
    ///
    /// - Parameters:
    ///   - learningRate0: original learning rate, scalar
    ///   - epochNum: epoch number, integer
    ///   - decayRate: decay rate, scalar
    ///   - timeInterval: number of epochs where you update the learning rate
    /// - Returns: learningRate, the updated learning rate, scalar
    func scheduleLRDecay(learningRate0: Double, epochNum: Int, decayRate: Double, timeInterval: Int) -> Double {
        // YOUR CODE STARTS HERE (≈ 1 line)
        notImplemented()
        // YOUR CODE ENDS HERE
    }
}
