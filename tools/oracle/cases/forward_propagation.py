"""Cases of the 1-D model J(theta) = theta·x: forward_propagation and backward_propagation."""

from dlgrader_oracle.fixture import Case, fl
from dlgrader_oracle.gradient_checking import backward_propagation, forward_propagation

EXERCISE = "forward_propagation"

GENERAL_PAIR = (-1.25, 3.5)
"""The public pair with general values beside the notebook's (2, 4): a negative x, a non-integer theta,
and no value where J = theta·x, theta + x, theta·x² or dtheta = theta, theta·x, 1 coincide."""

# (x, theta, what the pair exercises); the first pair is the notebook's.
HIDDEN_PAIRS = (
    (-3.5, 0.25, "a negative x and a fractional theta"),
    (1.5, -2.75, "a negative theta"),
    (0.1, 0.3, "values whose product is not exact in binary"),
)


def cases() -> list[Case]:
    """The notebook's (2, 4) and a general pair publicly, then the hidden pairs, for both functions."""
    x, theta = GENERAL_PAIR
    general = f"oracle: literal x = {x!r}, theta = {theta!r}"
    out = [
        _forward(2.0, 4.0, "public", "J = theta·x for the notebook's x = 2, theta = 4",
                 "notebook: forward_propagation test cell (x, theta = 2, 4)"),
        _forward(x, theta, "public", "J = theta·x with a negative x and a non-integer theta",
                 general),
        _backward(2.0, 4.0, "public", "dtheta for the notebook's x = 2, theta = 4",
                  "notebook: backward_propagation test cell (x, theta = 2, 4)"),
        _backward(x, theta, "public", "dtheta with a negative x and a non-integer theta", general),
    ]
    for x, theta, what in HIDDEN_PAIRS:
        out.append(_forward(x, theta, "hidden", f"J = theta·x with {what}",
                            f"oracle: literal x = {x!r}, theta = {theta!r}"))
    for x, theta, what in HIDDEN_PAIRS:
        out.append(_backward(x, theta, "hidden", f"dtheta with {what}",
                             f"oracle: literal x = {x!r}, theta = {theta!r}"))
    return out


def _forward(x: float, theta: float, visibility: str, description: str, provenance: str) -> Case:
    """A forward_propagation case."""
    return Case(id=f"forward_propagation[x={x!r},theta={theta!r}]", function="forward_propagation",
                description=description, visibility=visibility, provenance=provenance,
                inputs={"x": fl(x), "theta": fl(theta)},
                expected={"J": fl(forward_propagation(x, theta))})


def _backward(x: float, theta: float, visibility: str, description: str, provenance: str) -> Case:
    """A backward_propagation case."""
    return Case(id=f"backward_propagation[x={x!r},theta={theta!r}]", function="backward_propagation",
                description=description, visibility=visibility, provenance=provenance,
                inputs={"x": fl(x), "theta": fl(theta)},
                expected={"dtheta": fl(backward_propagation(x, theta))})
