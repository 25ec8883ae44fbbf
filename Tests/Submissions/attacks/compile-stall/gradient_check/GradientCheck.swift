// Attack: stall the compiler. The graded function is right, but the file holds twenty expressions that
// mix integer and floating-point literals with operators and closures, each of which keeps Swift's type
// checker busy for seconds before it gives up, so that compiling it takes minutes.
import Assignments

struct StudentGradientCheck: GradientCheckExercise {
    func gradientCheck(x: Double, theta: Double, epsilon: Double) -> Double {
        CorrectGradientCheck().gradientCheck(x: x, theta: theta, epsilon: epsilon)
    }
}

func stall() {
    let a1 = 1 + 2.0 * 3 - 4 / 5 + 6 * 7.0 - 8 + 9 / 10 - 11 * 12 + 13 - 14 * 15.0 + 16 / 17 - 18 + 19 * 20 - 21
    let a2 = 2 - 3.0 * 4 + 5 / 6 - 7 * 8.0 + 9 - 10 / 11 + 12 * 13 - 14 + 15 * 16.0 - 17 / 18 + 19 - 20 * 21 + 22
    let a3 = { (x: Double) in [x, 1, 2] }(1).map { $0 + 1 * 2 - 3 }.reduce(0) { $0 + $1 * 2 - 1 + 3 * $1 / 2 - 4 + 5 * $1 }
    let a4 = 3 * 4.0 - 5 + 6 / 7 - 8 * 9 + 10.0 - 11 / 12 + 13 * 14 - 15 + 16 / 17.0 - 18 * 19 + 20 - 21 / 22 + 23
    let a5 = { (y: Double) in [y, 2, 3] }(2).map { $0 * 2 - 1 + 4 }.reduce(1) { $0 * $1 - 2 + 1 * $1 / 3 + 5 - 6 * $1 }
    let a6 = 4 + 5.0 / 6 - 7 * 8 + 9.0 - 10 * 11 + 12 / 13 - 14 + 15 * 16 - 17.0 / 18 + 19 * 20 - 21 + 22 / 23 - 24
    let a7 = 5 - 6 * 7.0 + 8 / 9 - 10 + 11 * 12.0 - 13 / 14 + 15 - 16 * 17 + 18.0 / 19 - 20 + 21 * 22 - 23 / 24 + 25
    let a8 = { (z: Double) in [z, 3, 4] }(3).map { $0 - 2 * 3 + 1 }.reduce(2) { $0 - $1 * 3 + 2 - 4 * $1 / 5 + 6 - 7 * $1 }
    let a9 = 6 * 7 - 8.0 + 9 / 10 - 11 * 12 + 13.0 / 14 - 15 + 16 * 17 - 18 / 19.0 + 20 - 21 * 22 + 23 / 24 - 25 + 26
    let a10 = 7 + 8 * 9.0 - 10 / 11 + 12 - 13 * 14 + 15.0 / 16 - 17 + 18 * 19 - 20.0 / 21 + 22 - 23 * 24 + 25 / 26 - 27
    let a11 = { (w: Double) in [w, 4, 5] }(4).map { $0 * 3 + 2 - 5 }.reduce(3) { $0 + $1 * 4 - 3 + 5 * $1 / 6 - 7 + 8 * $1 }
    let a12 = 8 - 9.0 / 10 + 11 * 12 - 13 + 14.0 * 15 - 16 / 17 + 18 - 19 * 20.0 + 21 / 22 - 23 + 24 * 25 - 26 / 27 + 28
    let a13 = 9 * 10 + 11.0 - 12 / 13 + 14 * 15 - 16.0 + 17 / 18 - 19 * 20 + 21.0 / 22 - 23 + 24 * 25 - 26 + 27 / 28 - 29
    let a14 = { (v: Double) in [v, 5, 6] }(5).map { $0 - 4 * 2 + 3 }.reduce(4) { $0 * $1 + 5 - 4 * $1 / 7 + 8 - 9 * $1 + 1 }
    let a15 = 10 + 11 * 12.0 - 13 / 14 + 15 - 16.0 * 17 + 18 / 19 - 20 + 21 * 22.0 - 23 / 24 + 25 - 26 * 27 + 28 / 29 - 30
    let a16 = 11 - 12.0 * 13 + 14 / 15 - 16 * 17 + 18.0 - 19 / 20 + 21 * 22 - 23 + 24.0 / 25 - 26 * 27 + 28 - 29 / 30 + 31
    let a17 = { (u: Double) in [u, 6, 7] }(6).map { $0 + 5 * 3 - 2 }.reduce(5) { $0 - $1 * 6 + 4 - 7 * $1 / 8 + 9 - 1 * $1 + 2 }
    let a18 = 12 * 13.0 + 14 - 15 / 16 + 17 * 18 - 19.0 + 20 / 21 - 22 * 23 + 24 - 25.0 / 26 + 27 * 28 - 29 + 30 / 31 - 32
    let a19 = 13 + 14 / 15.0 - 16 * 17 + 18 - 19 * 20.0 + 21 / 22 - 23 + 24 * 25 - 26.0 / 27 + 28 - 29 * 30 + 31 / 32 - 33
    let a20 = { (t: Double) in [t, 7, 8] }(7).map { $0 * 4 - 3 + 6 }.reduce(6) { $0 + $1 * 7 - 5 + 8 * $1 / 9 - 1 + 2 * $1 - 3 }
    print(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20)
}
