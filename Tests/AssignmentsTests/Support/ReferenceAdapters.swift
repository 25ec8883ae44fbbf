import ReferenceSolutions
import Assignments
import CaseRunner

/// The adapter around an exercise's reference solution.
func referenceAdapter(for exercise: String) -> (any ExerciseAdapter)? {
    switch exercise {
    case "forward_propagation": ForwardPropagationCases(ReferenceForwardPropagation())
    case "gradient_check": GradientCheckCases(ReferenceGradientCheck())
    case "gradient_check_n": GradientCheckNCases(ReferenceGradientCheckN())
    case "initializers": InitializersCases(ReferenceInitializers())
    case "regularization": RegularizationCases(ReferenceRegularization())
    case "dropout": DropoutCases(ReferenceDropout())
    case "gradient_descent": GradientDescentCases(ReferenceGradientDescent())
    case "momentum": MomentumCases(ReferenceMomentum())
    case "adam": AdamCases(ReferenceAdam())
    case "learning_rate_decay": LearningRateDecayCases(ReferenceLearningRateDecay())
    default: nil
    }
}

/// Every mutant of every exercise, in course order.
let allMutants: [Mutant] =
    forwardPropagationMutants + gradientCheckMutants + gradientCheckNMutants + initializersMutants
    + regularizationMutants + dropoutMutants + gradientDescentMutants + momentumMutants + adamMutants
    + learningRateDecayMutants
