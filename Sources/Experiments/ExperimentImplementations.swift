import Assignments

/// The graded functions an experiment worker trains with: the student's or the reference, one per exercise.
///
/// A worker fills in the exercises that compiled; an experiment runs only when every exercise it
/// needs is present (`Experiment.exercises`).
public struct ExperimentImplementations {
    /// `initialize_parameters_zeros`, `_random`, `_he`.
    public var initializers: (any InitializersExercise)?
    /// `compute_cost_with_regularization`, `backward_propagation_with_regularization`.
    public var regularization: (any RegularizationExercise)?
    /// `forward_propagation_with_dropout`, `backward_propagation_with_dropout`.
    public var dropout: (any DropoutExercise)?
    /// `update_parameters_with_gd`, `random_mini_batches`.
    public var gradientDescent: (any GradientDescentExercise)?
    /// `initialize_velocity`, `update_parameters_with_momentum`.
    public var momentum: (any MomentumExercise)?
    /// `initialize_adam`, `update_parameters_with_adam`.
    public var adam: (any AdamExercise)?
    /// `update_lr`, `schedule_lr_decay`.
    public var learningRateDecay: (any LearningRateDecayExercise)?

    /// No implementation yet; set the ones the worker was built with.
    public init() {}
}
