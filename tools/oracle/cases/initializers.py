"""Cases of the three initializers: zeros, random (×10) and He, on the notebook's and other layouts."""

from dlgrader_oracle import initialization
from dlgrader_oracle.fixture import Case, integer, list_of, matrices

from .common import widths

EXERCISE = "initializers"

KINDS = {
    "initialize_parameters_zeros": "all-zero parameters",
    "initialize_parameters_random": "large random weights (seed 3, randn × 10)",
    "initialize_parameters_he": "He initialization (seed 3, randn × sqrt(2 / n_prev))",
}
"""The graded functions and what each produces, for descriptions."""

GENERAL = "oracle: three layers, no two sizes alike, so no weight matrix is square"
"""The provenance of each initializer's public case beside the notebook's: more than two layers, and
n_l never equal to n_{l-1}, so a transposed or wrongly scaled W shows. Being the function's second
public call, it also shows a generator seeded once instead of at every call."""

# (function, layers_dims, visibility, provenance); the public cases first, the notebook's leading.
CASES = (
    ("initialize_parameters_zeros", [3, 2, 1], "public", "notebook: initialize_parameters_zeros test cell"),
    ("initialize_parameters_random", [3, 2, 1], "public", "notebook: initialize_parameters_random test cell"),
    ("initialize_parameters_he", [2, 4, 1], "public", "notebook: initialize_parameters_he test cell"),
    ("initialize_parameters_zeros", [4, 3, 5, 2], "public", GENERAL),
    ("initialize_parameters_random", [4, 3, 5, 2], "public", GENERAL),
    ("initialize_parameters_he", [4, 3, 5, 2], "public", GENERAL),
    ("initialize_parameters_zeros", [2, 10, 5, 1], "hidden", "oracle: the notebook model's layers_dims"),
    ("initialize_parameters_zeros", [4, 3, 3, 2, 1], "hidden", "oracle: four layers"),
    ("initialize_parameters_random", [2, 10, 5, 1], "hidden", "oracle: the notebook model's layers_dims"),
    ("initialize_parameters_random", [4, 3, 3, 2, 1], "hidden", "oracle: four layers"),
    ("initialize_parameters_random", [5, 1], "hidden", "oracle: a single layer"),
    ("initialize_parameters_he", [2, 10, 5, 1], "hidden", "oracle: the notebook model's layers_dims"),
    ("initialize_parameters_he", [3, 7, 5, 2], "hidden", "oracle: three layers, n_prev = 3, 7, 5"),
    ("initialize_parameters_he", [6, 4, 3, 3, 1], "hidden", "oracle: four layers"),
)


def cases() -> list[Case]:
    """Every (function, layers_dims) pair of CASES, with the full parameters dict expected."""
    out = []
    for function, layers_dims, visibility, provenance in CASES:
        parameters = getattr(initialization, function)(layers_dims)
        out.append(Case(
            id=f"{function}[{widths(layers_dims)}]", function=function,
            description=f"{KINDS[function]} for layers_dims = {layers_dims}",
            visibility=visibility, provenance=f"{provenance}, layers_dims = {layers_dims}",
            inputs={"layers_dims": list_of(integer(n) for n in layers_dims)},
            expected={"parameters": matrices(parameters)}))
    return out
