"""Cases of initialize_velocity and update_parameters_with_momentum."""

import numpy as np

from dlgrader_oracle.fixture import Case, fl, matrices
from dlgrader_oracle.momentum import initialize_velocity, update_parameters_with_momentum

from .common import NOTEBOOK_OPTIMIZATION_SHAPES, draw_shapes, layer_shapes, shapes_text

EXERCISE = "momentum"

# (seed, shapes, name, visibility): the notebook's initialize_velocity_test_case first, then a public
# case of three layers.
VELOCITY_CASES = (
    (1, NOTEBOOK_OPTIMIZATION_SHAPES, "notebook", "public"),
    (6, layer_shapes([3, 5, 4, 2]), "3-5-4-2", "public"),
    (2, layer_shapes([4, 5, 3, 1]), "4-5-3-1", "hidden"),
    (3, layer_shapes([2, 3, 4, 5, 1]), "2-3-4-5-1", "hidden"),
)

# (seed, shapes, name, zero velocity?, beta, learning_rate, visibility, description)
MOMENTUM_CASES = (
    (1, NOTEBOOK_OPTIMIZATION_SHAPES, "notebook", True, 0.9, 0.01, "public",
     "the notebook's first momentum step (v = 0), beta = 0.9, learning_rate = 0.01"),
    (6, layer_shapes([3, 5, 4, 2]), "3-5-4-2", False, 0.85, 0.03, "public",
     "a later step (v not zero) on three layers, no square matrix, beta = 0.85, "
     "learning_rate = 0.03"),
    (2, layer_shapes([4, 5, 3, 1]), "4-5-3-1", False, 0.9, 0.1, "hidden",
     "a later step (v not zero) on three layers, beta = 0.9, learning_rate = 0.1"),
    (3, layer_shapes([2, 3, 4, 5, 1]), "2-3-4-5-1", False, 0.5, 0.01, "hidden",
     "four layers, v not zero, beta = 0.5"),
    (4, NOTEBOOK_OPTIMIZATION_SHAPES, "notebook shapes", False, 0.0, 0.05, "hidden",
     "beta = 0: the step is plain gradient descent and v becomes the gradient"),
    (5, layer_shapes([3, 2, 1]), "3-2-1", False, 0.99, 0.3, "hidden",
     "beta = 0.99: v changes slowly, learning_rate = 0.3"),
)


def cases() -> list[Case]:
    """initialize_velocity on three layouts, then momentum steps with zero and non-zero velocity."""
    out = []
    for seed, shapes, name, visibility in VELOCITY_CASES:
        parameters = draw_shapes(np.random.RandomState(seed), shapes)
        source = "notebook: initialize_velocity_test_case" if name == "notebook" else "oracle"
        out.append(Case(
            id=f"initialize_velocity[{name}]", function="initialize_velocity",
            description=f"zero velocities shaped like the parameters ({name})",
            visibility=visibility, provenance=f"{source}: seed {seed}; randn {shapes_text(shapes)}",
            inputs={"parameters": matrices(parameters)},
            expected={"v": matrices(initialize_velocity(parameters))}))
    for seed, shapes, name, zero_v, beta, learning_rate, visibility, description in MOMENTUM_CASES:
        rng = np.random.RandomState(seed)
        parameters = draw_shapes(rng, shapes)
        grads = draw_shapes(rng, shapes, prefix="d")
        if zero_v:
            v = initialize_velocity(parameters)
            drawn_v = "v = zeros"
        else:
            v = draw_shapes(rng, shapes, prefix="d")
            drawn_v = f"then v = randn {shapes_text(shapes, 'd')}"
        source = ("notebook: update_parameters_with_momentum_test_case" if name == "notebook"
                  else "oracle")
        new_parameters, new_v = update_parameters_with_momentum(parameters, grads, v, beta,
                                                                learning_rate)
        out.append(Case(
            id=f"update_parameters_with_momentum[{name},beta={beta!r},"
               f"learning_rate={learning_rate!r}]",
            function="update_parameters_with_momentum", description=description,
            visibility=visibility,
            provenance=f"{source}: seed {seed}; randn {shapes_text(shapes)}, then "
                       f"{shapes_text(shapes, 'd')}; {drawn_v}",
            inputs={"parameters": matrices(parameters), "grads": matrices(grads),
                    "v": matrices(v), "beta": fl(beta), "learning_rate": fl(learning_rate)},
            expected={"parameters": matrices(new_parameters), "v": matrices(new_v)}))
    return out
