/// Sentences the notebooks print, reused where a graded function's results fit them.
enum NotebookWords {
    /// What the notebooks' test cells print when every test of a function passes.
    static let allTestsPassed = "All tests passed"

    /// The graded functions whose notebook cell judges a gradient check's `difference`.
    static let gradientChecks: Set<String> = ["gradient_check", "gradient_check_n"]

    /// The largest difference the Gradient Checking notebook still calls correct.
    static let gradientCheckThreshold = 2e-7

    /// The Gradient Checking notebook's verdict on a `difference`, in its own words.
    ///
    /// - Returns: the sentence, and whether it is the good news (difference at most 2e-7).
    static func gradientCheck(difference: Double) -> (sentence: String, correct: Bool) {
        if difference <= gradientCheckThreshold {
            return ("Your backward propagation works perfectly fine! difference = \(difference)", true)
        }
        return ("There is a mistake in the backward propagation! difference = \(difference)", false)
    }
}
