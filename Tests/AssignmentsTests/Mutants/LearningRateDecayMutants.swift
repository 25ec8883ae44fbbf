import ReferenceSolutions
import Assignments
import CaseRunner

/// Answers like the reference unless a mutant overrides a function.
private protocol LearningRateDecayMutant: LearningRateDecayExercise, SendableMetatype {}

extension LearningRateDecayMutant {
    func updateLR(learningRate0: Double, epochNum: Int, decayRate: Double) -> Double {
        ReferenceLearningRateDecay().updateLR(learningRate0: learningRate0, epochNum: epochNum, decayRate: decayRate)
    }

    func scheduleLRDecay(learningRate0: Double, epochNum: Int, decayRate: Double, timeInterval: Int) -> Double {
        ReferenceLearningRateDecay().scheduleLRDecay(
            learningRate0: learningRate0, epochNum: epochNum, decayRate: decayRate, timeInterval: timeInterval)
    }
}

// MARK: update_lr

private struct DecayWithoutOne: LearningRateDecayMutant {
    func updateLR(learningRate0: Double, epochNum: Int, decayRate: Double) -> Double {
        learningRate0 / (decayRate * Double(epochNum))
    }
}

private struct DecayPrecedence: LearningRateDecayMutant {
    func updateLR(learningRate0: Double, epochNum: Int, decayRate: Double) -> Double {
        learningRate0 / 1 + decayRate * Double(epochNum)
    }
}

private struct DecayMultiplies: LearningRateDecayMutant {
    func updateLR(learningRate0: Double, epochNum: Int, decayRate: Double) -> Double {
        learningRate0 * (1 + decayRate * Double(epochNum))
    }
}

private struct DecayRateDivides: LearningRateDecayMutant {
    func updateLR(learningRate0: Double, epochNum: Int, decayRate: Double) -> Double {
        learningRate0 / (1 + Double(epochNum) / decayRate)
    }
}

// MARK: schedule_lr_decay

private struct ScheduleWithoutFloor: LearningRateDecayMutant {
    func scheduleLRDecay(learningRate0: Double, epochNum: Int, decayRate: Double, timeInterval: Int) -> Double {
        learningRate0 / (1 + decayRate * (Double(epochNum) / Double(timeInterval)))
    }
}

private struct ScheduleIgnoresInterval: LearningRateDecayMutant {
    func scheduleLRDecay(learningRate0: Double, epochNum: Int, decayRate: Double, timeInterval: Int) -> Double {
        learningRate0 / (1 + decayRate * Double(epochNum))
    }
}

private struct ScheduleRoundsToNearest: LearningRateDecayMutant {
    func scheduleLRDecay(learningRate0: Double, epochNum: Int, decayRate: Double, timeInterval: Int) -> Double {
        learningRate0 / (1 + decayRate * (Double(epochNum) / Double(timeInterval)).rounded())
    }
}

private struct ScheduleRoundsUp: LearningRateDecayMutant {
    func scheduleLRDecay(learningRate0: Double, epochNum: Int, decayRate: Double, timeInterval: Int) -> Double {
        learningRate0 / (1 + decayRate * (Double(epochNum) / Double(timeInterval)).rounded(.up))
    }
}

private struct ScheduleDecayRateDivides: LearningRateDecayMutant {
    func scheduleLRDecay(learningRate0: Double, epochNum: Int, decayRate: Double, timeInterval: Int) -> Double {
        learningRate0 / (1 + (Double(epochNum) / Double(timeInterval)).rounded(.down) / decayRate)
    }
}

/// The `learning_rate_decay` exercise's mutants.
let learningRateDecayMutants: [Mutant] = {
    func mutant(_ function: String, _ mistake: String, _ make: @escaping @Sendable () -> some LearningRateDecayMutant) -> Mutant {
        Mutant(.learningRateDecay, function, mistake) { ExerciseAdapter.learningRateDecay(make()) }
    }
    return [
        mutant("update_lr", "α0 / (decay_rate · epoch_num), the 1 forgotten") { DecayWithoutOne() },
        mutant("update_lr", "α0 / 1 + decay_rate · epoch_num (parentheses)") { DecayPrecedence() },
        mutant("update_lr", "α0 · (1 + decay_rate · epoch_num)") { DecayMultiplies() },
        mutant("update_lr", "α0 / (1 + epoch_num / decay_rate)") { DecayRateDivides() },
        mutant("schedule_lr_decay", "no floor: decays continuously") { ScheduleWithoutFloor() },
        mutant("schedule_lr_decay", "time_interval ignored") { ScheduleIgnoresInterval() },
        mutant("schedule_lr_decay", "rounded to nearest instead of floored") { ScheduleRoundsToNearest() },
        mutant("schedule_lr_decay", "rounded up instead of floored") { ScheduleRoundsUp() },
        mutant("schedule_lr_decay", "α0 / (1 + ⌊epoch_num / time_interval⌋ / decay_rate)") { ScheduleDecayRateDivides() },
    ]
}()
