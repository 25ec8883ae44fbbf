// Hostile submission: update_lr returns NaN; schedule_lr_decay is right but prints about 10 MB first.
import Assignments
struct StudentLearningRateDecay: LearningRateDecayExercise {
    func updateLR(learningRate0: Double, epochNum: Int, decayRate: Double) -> Double {
        Double.nan
    }
    func scheduleLRDecay(learningRate0: Double, epochNum: Int, decayRate: Double, timeInterval: Int) -> Double {
        let line = String(repeating: "x", count: 1023)
        for _ in 0..<(10 * 1024 / 14) { print(line) }
        return CorrectLearningRateDecay().scheduleLRDecay(
            learningRate0: learningRate0, epochNum: epochNum, decayRate: decayRate, timeInterval: timeInterval)
    }
}
