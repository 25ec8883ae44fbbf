// Attack suite's bystander: a right answer (the reference solution as a student would write it), graded
// in every attack's run to show that the rest of the run is graded as usual.
import Assignments
typealias StudentForwardPropagation = CorrectForwardPropagation
