// Attack: import the reference solutions' module. Workers do not link it: a compile error of this
// exercise ("no such module").
import Assignments
import ReferenceSolutions

typealias StudentMomentum = ReferenceMomentum
