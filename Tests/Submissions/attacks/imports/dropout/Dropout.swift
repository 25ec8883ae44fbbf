// Attack: import the grading engine itself. Workers do not link it: a compile error of this exercise
// ("no such module").
import Assignments
import Grader

typealias StudentDropout = CorrectDropout
