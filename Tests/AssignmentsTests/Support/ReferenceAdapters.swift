import ReferenceSolutions
import Assignments
import CaseRunner

/// The adapter around an exercise's reference solution.
func referenceAdapter(for exercise: Exercise) -> ExerciseAdapter {
    switch exercise {
    case .forwardPropagation: .forwardPropagation(ReferenceForwardPropagation())
    case .gradientCheck: .gradientCheck(ReferenceGradientCheck())
    case .gradientCheckN: .gradientCheckN(ReferenceGradientCheckN())
    case .initializers: .initializers(ReferenceInitializers())
    case .regularization: .regularization(ReferenceRegularization())
    case .dropout: .dropout(ReferenceDropout())
    case .gradientDescent: .gradientDescent(ReferenceGradientDescent())
    case .momentum: .momentum(ReferenceMomentum())
    case .adam: .adam(ReferenceAdam())
    case .learningRateDecay: .learningRateDecay(ReferenceLearningRateDecay())
    }
}

/// Every mutant of every exercise, in course order.
let allMutants: [Mutant] =
    forwardPropagationMutants + gradientCheckMutants + gradientCheckNMutants + initializersMutants
    + regularizationMutants + dropoutMutants + gradientDescentMutants + momentumMutants + adamMutants
    + learningRateDecayMutants
