import Assignments
import Experiments

extension ExperimentImplementations {
    /// Every exercise's reference solution.
    public static var reference: ExperimentImplementations {
        var implementations = ExperimentImplementations()
        implementations.initializers = ReferenceInitializers()
        implementations.regularization = ReferenceRegularization()
        implementations.dropout = ReferenceDropout()
        implementations.gradientDescent = ReferenceGradientDescent()
        implementations.momentum = ReferenceMomentum()
        implementations.adam = ReferenceAdam()
        implementations.learningRateDecay = ReferenceLearningRateDecay()
        return implementations
    }
}
