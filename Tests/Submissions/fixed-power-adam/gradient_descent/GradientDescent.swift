// Hostile submission: this exercise is solved (the reference solution as a student would write it, which `scripts/correct-submission` lays beside it), so only the other exercises misbehave.
import Assignments
typealias StudentGradientDescent = CorrectGradientDescent
