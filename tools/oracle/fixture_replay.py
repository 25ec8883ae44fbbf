"""Replays fixture cases against the oracle: decodes a case's inputs, calls the graded function it
names, and compares the outputs with the case's expected values (exactly, or within tolerances).

The tests use it to show that the committed JSON reproduces itself bit for bit, and that every
tolerance admits implementations that round differently.
"""

import hashlib
import math

import numpy as np

from dlgrader_oracle import adam, dropout, gradient_checking, gradient_checking_n, gradient_descent
from dlgrader_oracle import initialization, learning_rate_decay, momentum, regularization
from dlgrader_oracle.fixture import Draw, Recipe


def _outputs(names: tuple[str, ...], result) -> dict:
    """Names a function's result: a single value, or a tuple's members in order."""
    values = result if len(names) > 1 else (result,)
    return dict(zip(names, values, strict=True))


RUNNERS = {
    "forward_propagation": lambda a: _outputs(
        ("J",), gradient_checking.forward_propagation(a["x"], a["theta"])),
    "backward_propagation": lambda a: _outputs(
        ("dtheta",), gradient_checking.backward_propagation(a["x"], a["theta"])),
    "gradient_check": lambda a: _outputs(
        ("difference",), gradient_checking.gradient_check(a["x"], a["theta"], a["epsilon"])),
    "backward_propagation_n": lambda a: _outputs(
        ("gradients",), gradient_checking_n.backward_propagation_n(a["X"], a["Y"], a["cache"])),
    "gradient_check_n": lambda a: _outputs(("difference",), gradient_checking_n.gradient_check_n(
        a["parameters"], a["gradients"], a["X"], a["Y"], a["epsilon"])),
    "initialize_parameters_zeros": lambda a: _outputs(
        ("parameters",), initialization.initialize_parameters_zeros(a["layers_dims"])),
    "initialize_parameters_random": lambda a: _outputs(
        ("parameters",), initialization.initialize_parameters_random(a["layers_dims"])),
    "initialize_parameters_he": lambda a: _outputs(
        ("parameters",), initialization.initialize_parameters_he(a["layers_dims"])),
    "compute_cost_with_regularization": lambda a: _outputs(
        ("cost",), regularization.compute_cost_with_regularization(
            a["A3"], a["Y"], a["parameters"], a["lambd"])),
    "backward_propagation_with_regularization": lambda a: _outputs(
        ("gradients",), regularization.backward_propagation_with_regularization(
            a["X"], a["Y"], a["cache"], a["lambd"])),
    "forward_propagation_with_dropout": lambda a: _outputs(
        ("A3", "cache"), dropout.forward_propagation_with_dropout(
            a["X"], a["parameters"], a["keep_prob"])),
    "backward_propagation_with_dropout": lambda a: _outputs(
        ("gradients",), dropout.backward_propagation_with_dropout(
            a["X"], a["Y"], a["cache"], a["keep_prob"])),
    "update_parameters_with_gd": lambda a: _outputs(
        ("parameters",), gradient_descent.update_parameters_with_gd(
            a["parameters"], a["grads"], a["learning_rate"])),
    "random_mini_batches": lambda a: _outputs(
        ("mini_batches",), gradient_descent.random_mini_batches(
            a["X"], a["Y"], a["mini_batch_size"], a["seed"])),
    "initialize_velocity": lambda a: _outputs(
        ("v",), momentum.initialize_velocity(a["parameters"])),
    "update_parameters_with_momentum": lambda a: _outputs(
        ("parameters", "v"), momentum.update_parameters_with_momentum(
            a["parameters"], a["grads"], a["v"], a["beta"], a["learning_rate"])),
    "initialize_adam": lambda a: _outputs(("v", "s"), adam.initialize_adam(a["parameters"])),
    "update_parameters_with_adam": lambda a: _outputs(
        ("parameters", "v", "s", "v_corrected", "s_corrected"), adam.update_parameters_with_adam(
            a["parameters"], a["grads"], a["v"], a["s"], a["t"], a["learning_rate"], a["beta1"],
            a["beta2"], a["epsilon"])),
    "update_lr": lambda a: _outputs(("learning_rate",), learning_rate_decay.update_lr(
        a["learning_rate0"], a["epoch_num"], a["decay_rate"])),
    "schedule_lr_decay": lambda a: _outputs(("learning_rate",), learning_rate_decay.schedule_lr_decay(
        a["learning_rate0"], a["epoch_num"], a["decay_rate"], a["time_interval"])),
}
"""Every graded function by its notebook name: named inputs in, named outputs out."""


def decode(value: dict):
    """A fixture value as the oracle takes it: floats, ints, numpy arrays, dicts, lists, tuples."""
    (kind, payload), = value.items()
    if kind == "float":
        return float(payload)
    if kind in ("int", "bool"):
        return payload
    if kind in ("matrix", "mask"):
        dtype = np.float64 if kind == "matrix" else int
        return np.array(payload["data"], dtype=dtype).reshape(payload["shape"])
    if kind == "dict":
        return {key: decode(item) for key, item in payload.items()}
    if kind == "list":
        return [decode(item) for item in payload]
    if kind == "tuple":
        return tuple(decode(item) for item in payload)
    raise ValueError(f"cannot decode a {kind} input")


def recipe_of(case: dict) -> Recipe | None:
    """The case's generation recipe, if it has one."""
    if "generate" not in case:
        return None
    spec = case["generate"]
    return Recipe(spec["seed"], tuple(
        Draw(d["input"], d["kind"], tuple(d["shape"]), d.get("lessThan")) for d in spec["draws"]))


def run(case: dict) -> dict:
    """Calls the oracle's version of the case's function on the case's inputs."""
    inputs = {name: decode(value) for name, value in case["inputs"].items()}
    recipe = recipe_of(case)
    if recipe is not None:
        inputs.update(recipe.realize())
    return RUNNERS[case["function"]](inputs)


def mismatches(actual, expected: dict, tolerance: dict | None = None, margin: float = 1.0,
               path: str = "") -> list[str]:
    """Where ``actual`` differs from the expected value; empty when it matches.

    With no tolerance, floats must be identical. With one, a float passes when
    margin·|actual - expected| <= atol + rtol·|expected|, so margin > 1 demands headroom.
    Masks, ints, bools and digests always compare exactly.
    """
    (kind, payload), = expected.items()
    if kind == "float":
        want = float(payload)
        return [] if _close(float(actual), want, tolerance, margin) else [
            f"{path}: {float(actual)!r} != {want!r}"]
    if kind in ("int", "bool"):
        return [] if actual == payload else [f"{path}: {actual!r} != {payload!r}"]
    if kind in ("matrix", "mask"):
        actual = np.asarray(actual)
        if list(actual.shape) != payload["shape"]:
            return [f"{path}: shape {list(actual.shape)} != {payload['shape']}"]
        tol = tolerance if kind == "matrix" else None
        bad = [i for i, (a, e) in enumerate(zip(actual.ravel(), payload["data"]))
               if not _close(float(a), float(e), tol, margin)]
        return [f"{path}: {len(bad)} elements differ, first at flat index {bad[0]}: "
                f"{float(actual.ravel()[bad[0]])!r} != {payload['data'][bad[0]]!r}"] if bad else []
    if kind == "digest":
        array = np.ascontiguousarray(actual, dtype="<f8")
        same = (list(array.shape) == payload["shape"]
                and hashlib.sha256(array.tobytes()).hexdigest() == payload["sha256"]
                and [float(x) for x in array[0, :]] == payload["row0"])
        return [] if same else [f"{path}: digest differs"]
    if kind == "dict":
        if set(actual) != set(payload):
            return [f"{path}: keys {sorted(actual)} != {sorted(payload)}"]
        return [m for key in payload
                for m in mismatches(actual[key], payload[key], tolerance, margin, f"{path}.{key}")]
    if kind in ("list", "tuple"):
        if len(actual) != len(payload):
            return [f"{path}: length {len(actual)} != {len(payload)}"]
        return [m for i, (a, e) in enumerate(zip(actual, payload))
                for m in mismatches(a, e, tolerance, margin, f"{path}[{i}]")]
    raise ValueError(f"{path}: unknown kind {kind}")


def _close(actual: float, expected: float, tolerance: dict | None, margin: float) -> bool:
    """Identical (no tolerance), or within the tolerance with the margin; NaN matches only NaN."""
    if math.isnan(expected) or math.isnan(actual):
        return math.isnan(expected) and math.isnan(actual)
    if actual == expected:
        return True
    if tolerance is None or math.isinf(expected):
        return False
    return margin * abs(actual - expected) <= tolerance["atol"] + tolerance["rtol"] * abs(expected)
