"""Gradient Checking, 1-D: the model J(theta) = theta·x and its two-sided gradient check."""

from . import ops


def forward_propagation(x: float, theta: float) -> float:
    """J = theta·x."""
    return theta * x


def backward_propagation(x: float, theta: float) -> float:
    """dJ/dtheta = x."""
    return x


def gradient_check(x: float, theta: float, epsilon: float = 1e-7) -> float:
    """||grad - gradapprox|| / (||grad|| + ||gradapprox||) with the two-sided difference quotient.

    For scalars ``np.linalg.norm`` is sqrt(v·v), which equals abs(v) exactly, so abs is used.
    """
    theta_plus = theta + epsilon
    theta_minus = theta - epsilon
    J_plus = forward_propagation(x, theta_plus)
    J_minus = forward_propagation(x, theta_minus)
    gradapprox = (J_plus - J_minus) / (2 * epsilon)
    grad = backward_propagation(x, theta)
    numerator = ops.norm(grad - gradapprox)
    denominator = ops.norm(grad) + ops.norm(gradapprox)
    return numerator / denominator
