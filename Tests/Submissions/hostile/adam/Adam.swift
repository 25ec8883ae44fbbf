// Hostile submission: Does not compile.
import Assignments
struct StudentAdam: AdamExercise {
    let oops: Int = "not a number"
}
