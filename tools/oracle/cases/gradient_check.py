"""Cases of the 1-D gradient check: gradient_check(x, theta, epsilon)."""

from dlgrader_oracle.fixture import Case, fl, tolerance
from dlgrader_oracle.gradient_checking import gradient_check

EXERCISE = "gradient_check"

DIFFERENCE_TOLERANCE = tolerance(1e-9, 0.0, (
    "the difference is the rounding noise of the notebook's steps (1e-11 to 3e-10 in most cases), each "
    "one IEEE operation on scalars, so following them reproduces it to the last bit (dividing by "
    "2 * epsilon, epsilon + epsilon or multiplying by 0.5 / epsilon all agree); the direct atol of 1e-12 "
    "would admit up to 10% of it, so there is none"))

# (x, theta, epsilon, visibility, description, provenance)
CASES = (
    (2.0, 4.0, 1e-7, "public", "the notebook's check at x = 2, theta = 4",
     "notebook: gradient_check test cell, older edition (x, theta = 2, 4)"),
    (3.0, 4.0, 1e-7, "public", "the notebook's check at x = 3, theta = 4",
     "notebook: gradient_check test cell, newer edition (x, theta = 3, 4)"),
    (-0.75, 2.5, 1e-5, "public",
     "a negative x, a non-integer theta and epsilon = 1e-5 rather than the default 1e-7",
     "oracle: literal x = -0.75, theta = 2.5, epsilon = 1e-5"),
    (-1.5, 0.3, 1e-7, "hidden",
     "a negative x; a one-sided difference (J(theta + eps) - J(theta)) / eps gives a value 7 times larger",
     "oracle: literal x = -1.5, theta = 0.3, epsilon = 1e-7"),
    (2.5, 1000.0, 1e-4, "hidden",
     "a large theta and epsilon = 1e-4 (using 1e-7 instead gives a difference 1600 times larger)",
     "oracle: literal x = 2.5, theta = 1000.0, epsilon = 1e-4"),
    (1.1, -2.2, 1e-5, "hidden", "a negative theta and epsilon = 1e-5",
     "oracle: literal x = 1.1, theta = -2.2, epsilon = 1e-5"),
    (3.0, 1e6, 1e-7, "hidden",
     "theta = 1e6: theta ± epsilon round visibly, so the difference is large (about 2e-4)",
     "oracle: literal x = 3.0, theta = 1e6, epsilon = 1e-7"),
)


def cases() -> list[Case]:
    """The notebook's two checks and one with general values, then the hidden ones."""
    return [
        Case(id=f"gradient_check[x={x!r},theta={theta!r},epsilon={epsilon!r}]",
             function="gradient_check", description=description, visibility=visibility,
             provenance=provenance,
             output_tolerances={"difference": DIFFERENCE_TOLERANCE},
             inputs={"x": fl(x), "theta": fl(theta), "epsilon": fl(epsilon)},
             expected={"difference": fl(gradient_check(x, theta, epsilon))})
        for x, theta, epsilon, visibility, description, provenance in CASES
    ]
