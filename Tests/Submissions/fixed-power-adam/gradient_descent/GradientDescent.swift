// Hostile submission: this exercise is solved (the reference), so only the other exercises misbehave.
import Assignments
typealias StudentGradientDescent = ReferenceGradientDescent
