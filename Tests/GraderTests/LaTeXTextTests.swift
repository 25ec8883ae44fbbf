import Testing

@testable import Grader

@Suite struct LaTeXTextTests {
    @Test func adamsUpdateReadsAsSymbols() {
        #expect(LaTeXText.plain(#"v^{corrected} = \dfrac{v}{1 - (\beta_1)^t}"#) == "v^(corrected) = v/(1 - (β₁)ᵗ)")
        #expect(LaTeXText.plain(#"W = W - \alpha \dfrac{v}{\sqrt{s} + \varepsilon}"#) == "W = W - α v/(√s + ε)")
    }

    @Test func bracesSubscriptsAndTextVanishIntoReadableForms() {
        #expect(LaTeXText.plain(#"dW^{[l]} = \frac{1}{m} dZ^{[l]} + \frac{\lambda}{m} W^{[l]}"#)
                == "dW^([l]) = 1/m dZ^([l]) + λ/m W^([l])")
        #expect(LaTeXText.plain(#"\underbrace{\frac{\lambda}{2}}_{\text{L2 cost}} \tag{2}"#) == "λ/2 [L2 cost] (2)")
    }

    @Test func casesBecomeLinesAndProseIsKept() {
        let markdown = "Update:\n\n$$\\begin{cases}\na = b \\\\\nc = d\n\\end{cases}$$\n\nwith $\\beta_2$ near 1."
        #expect(LaTeXText.readable(markdown) == "Update:\n\n    a = b\n    c = d\n\nwith β₂ near 1.")
    }

    @Test func anUnclosedDollarIsLeftAlone() {
        #expect(LaTeXText.readable("costs $5 and more") == "costs $5 and more")
    }
}
