"""Cases of initialize_adam and update_parameters_with_adam."""

import numpy as np

from dlgrader_oracle.adam import initialize_adam, update_parameters_with_adam
from dlgrader_oracle.fixture import Case, fl, integer, matrices

from .common import NOTEBOOK_OPTIMIZATION_SHAPES, draw_shapes, layer_shapes, shapes_text

EXERCISE = "adam"

# (seed, shapes, name, visibility): the notebook's initialize_adam_test_case first, then a public case
# of three layers.
INIT_CASES = (
    (1, NOTEBOOK_OPTIMIZATION_SHAPES, "notebook", "public"),
    (6, layer_shapes([3, 5, 4, 2]), "3-5-4-2", "public"),
    (2, layer_shapes([4, 5, 3, 1]), "4-5-3-1", "hidden"),
    (3, layer_shapes([2, 3, 4, 5, 1]), "2-3-4-5-1", "hidden"),
)

# (seed, shapes, name, zero moments?, t, learning_rate, beta1, beta2, epsilon, visibility,
#  provenance source, description)
ADAM_CASES = (
    (1, NOTEBOOK_OPTIMIZATION_SHAPES, "notebook", True, 2, 0.01, 0.9, 0.999, 1e-8, "public",
     "notebook (older edition): update_parameters_with_adam_test_case with the defaults",
     "the notebook's Adam step at t = 2 with the default hyperparameters"),
    (1, NOTEBOOK_OPTIMIZATION_SHAPES, "notebook", True, 2, 0.02, 0.8, 0.888, 1e-2, "public",
     "notebook (newer edition): update_parameters_with_adam_test_case",
     "the newer notebook's Adam step at t = 2, learning_rate 0.02, beta1 0.8, beta2 0.888, "
     "epsilon 0.01"),
    (6, layer_shapes([3, 5, 4, 2]), "3-5-4-2", False, 7, 0.015, 0.85, 0.97, 1e-6, "public",
     "oracle", "t = 7 with v and s from earlier steps on three layers, no square matrix, "
     "non-default hyperparameters"),
    (2, layer_shapes([4, 5, 3, 1]), "4-5-3-1", True, 1, 0.05, 0.85, 0.95, 1e-7, "hidden", "oracle",
     "the first Adam step (t = 1, v = s = 0) on three layers, non-default hyperparameters"),
    (3, layer_shapes([4, 5, 3, 1]), "4-5-3-1", False, 3, 0.02, 0.8, 0.99, 1e-6, "hidden", "oracle",
     "t = 3 with v and s from earlier steps, non-default hyperparameters"),
    (4, layer_shapes([2, 3, 4, 5, 1]), "2-3-4-5-1", False, 10, 0.001, 0.95, 0.9, 1e-4, "hidden",
     "oracle", "t = 10 on four layers, non-default hyperparameters"),
    (5, NOTEBOOK_OPTIMIZATION_SHAPES, "notebook shapes", False, 10, 0.01, 0.9, 0.999, 1e-8,
     "hidden", "oracle", "t = 10 with the default hyperparameters and earlier v and s"),
)


def cases() -> list[Case]:
    """initialize_adam on four layouts, then Adam steps at t = 1, 2, 3, 7 and 10."""
    out = []
    for seed, shapes, name, visibility in INIT_CASES:
        parameters = draw_shapes(np.random.RandomState(seed), shapes)
        v, s = initialize_adam(parameters)
        source = "notebook: initialize_adam_test_case" if name == "notebook" else "oracle"
        out.append(Case(
            id=f"initialize_adam[{name}]", function="initialize_adam",
            description=f"zero first and second moments shaped like the parameters ({name})",
            visibility=visibility, provenance=f"{source}: seed {seed}; randn {shapes_text(shapes)}",
            inputs={"parameters": matrices(parameters)},
            expected={"v": matrices(v), "s": matrices(s)}))
    for (seed, shapes, name, zero_moments, t, learning_rate, beta1, beta2, epsilon, visibility,
         source, description) in ADAM_CASES:
        out.append(_adam_case(seed, shapes, name, zero_moments, t, learning_rate, beta1, beta2,
                              epsilon, visibility, source, description))
    return out


def _adam_case(seed: int, shapes: dict, name: str, zero_moments: bool, t: int,
               learning_rate: float, beta1: float, beta2: float, epsilon: float, visibility: str,
               source: str, description: str) -> Case:
    """An update_parameters_with_adam case: every output (parameters, v, s and both corrections)."""
    rng = np.random.RandomState(seed)
    parameters = draw_shapes(rng, shapes)
    grads = draw_shapes(rng, shapes, prefix="d")
    if zero_moments:
        v, s = initialize_adam(parameters)
        moments = "v = s = zeros"
    else:
        v = draw_shapes(rng, shapes, prefix="d")
        s = {key: value ** 2 for key, value in draw_shapes(rng, shapes, prefix="d").items()}
        moments = (f"then v = randn {shapes_text(shapes, 'd')}, then s = the squares of "
                   f"randn {shapes_text(shapes, 'd')}")
    new_parameters, new_v, new_s, v_corrected, s_corrected = update_parameters_with_adam(
        parameters, grads, v, s, t, learning_rate, beta1, beta2, epsilon)
    return Case(
        id=f"update_parameters_with_adam[{name},t={t},learning_rate={learning_rate!r},"
           f"beta1={beta1!r},beta2={beta2!r},epsilon={epsilon!r}]",
        function="update_parameters_with_adam", description=description, visibility=visibility,
        provenance=f"{source}: seed {seed}; randn {shapes_text(shapes)}, then "
                   f"{shapes_text(shapes, 'd')}; {moments}",
        inputs={"parameters": matrices(parameters), "grads": matrices(grads), "v": matrices(v),
                "s": matrices(s), "t": integer(t), "learning_rate": fl(learning_rate),
                "beta1": fl(beta1), "beta2": fl(beta2), "epsilon": fl(epsilon)},
        expected={"parameters": matrices(new_parameters), "v": matrices(new_v),
                  "s": matrices(new_s), "v_corrected": matrices(v_corrected),
                  "s_corrected": matrices(s_corrected)})
