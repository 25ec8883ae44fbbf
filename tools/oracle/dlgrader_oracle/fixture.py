"""The fixture format (docs/fixtures.md): typed values, cases, recipes and whole files as JSON text.

Values are built with the helpers below (``fl``, ``integer``, ``matrix``, ``mask``, ``digest``,
``dictionary``, ``matrices``, ``list_of``, ``tuple_of``) and nest like the notebook's Python values. ``render``
produces the file's text deterministically: keys in a fixed order, floats by Python's ``repr``
(shortest round-trip text), non-finite floats as strings, one-space indentation, a final newline.
"""

import hashlib
import json
import math
from dataclasses import dataclass, field

import numpy as np

FORMAT_VERSION = 1

DIRECT = {"rtol": 1e-9, "atol": 1e-12}
"""The tolerance of a directly computed value: room for a different summation order, nothing more."""

PUBLIC_POINTS = 1
"""Points of a public case (one of the notebook's own tests)."""

HIDDEN_POINTS = 2
"""Points of a hidden case (one that moves what the notebook holds fixed)."""


def tolerance(rtol: float, atol: float, reason: str) -> dict:
    """A per-output tolerance other than ``DIRECT``, with the reason it must differ."""
    return {"rtol": rtol, "atol": atol, "reason": reason}


def fl(x) -> dict:
    """A float; NaN and infinities are written as the strings "nan", "inf", "-inf"."""
    x = float(x)
    if math.isnan(x):
        return {"float": "nan"}
    if math.isinf(x):
        return {"float": "inf" if x > 0 else "-inf"}
    return {"float": x}


def integer(n) -> dict:
    """An integer (compared exactly)."""
    if isinstance(n, bool) or int(n) != n:
        raise TypeError(f"not an integer: {n!r}")
    return {"int": int(n)}


def _shape(a: np.ndarray) -> list[int]:
    """The shape of a 2-D array as a JSON list; refuses anything else."""
    if a.ndim != 2:
        raise ValueError(f"matrices are 2-D, got shape {a.shape}")
    return [int(a.shape[0]), int(a.shape[1])]


def matrix(a) -> dict:
    """A 2-D float matrix, row-major; every element must be finite."""
    a = np.asarray(a, dtype=np.float64)
    data = [float(x) for x in a.ravel(order="C")]
    if not all(math.isfinite(x) for x in data):
        raise ValueError("matrix elements must be finite")
    return {"matrix": {"shape": _shape(a), "data": data}}


def mask(a) -> dict:
    """A 2-D 0/1 matrix (booleans allowed), compared exactly."""
    a = np.asarray(a)
    data = [int(x) for x in a.ravel(order="C")]
    if any(x not in (0, 1) for x in data):
        raise ValueError("mask elements must be 0 or 1")
    return {"mask": {"shape": _shape(a), "data": data}}


def digest(a) -> dict:
    """A large expected matrix by shape, SHA-256 of its row-major little-endian float64 bytes and first row."""
    a = np.ascontiguousarray(a, dtype="<f8")
    shape = _shape(a)
    return {"digest": {"shape": shape, "sha256": hashlib.sha256(a.tobytes()).hexdigest(),
                       "row0": [float(x) for x in a[0, :]] if shape[0] > 0 else []}}


def dictionary(entries: dict) -> dict:
    """A dict of values, in the given key order."""
    return {"dict": dict(entries)}


def matrices(arrays: dict) -> dict:
    """A dict whose every entry is a float matrix (parameters, gradients, v, s, …)."""
    return dictionary({key: matrix(value) for key, value in arrays.items()})


def list_of(items) -> dict:
    """A list of values."""
    return {"list": list(items)}


def tuple_of(items) -> dict:
    """A tuple of values."""
    return {"tuple": list(items)}


@dataclass(frozen=True)
class Draw:
    """One generated input: ``kind`` (randn or rand) over ``shape``, row-major, optionally a mask."""

    input: str
    kind: str
    shape: tuple[int, int]
    less_than: float | None = None

    def to_json(self) -> dict:
        """The draw as the format writes it."""
        out = {"input": self.input, "kind": self.kind, "shape": list(self.shape)}
        if self.less_than is not None:
            out["lessThan"] = float(self.less_than)
        return out


@dataclass(frozen=True)
class Recipe:
    """Inputs too large to store: numpy's legacy generator seeded once, then the draws in order."""

    seed: int
    draws: tuple[Draw, ...]

    def realize(self) -> dict:
        """The generated inputs, by name: float matrices, or int 0/1 masks for draws with ``less_than``."""
        rng = np.random.RandomState(self.seed)
        inputs = {}
        for draw in self.draws:
            if draw.kind == "randn":
                values = rng.randn(*draw.shape)
            elif draw.kind == "rand":
                values = rng.rand(*draw.shape)
            else:
                raise ValueError(f"unknown draw kind {draw.kind!r}")
            inputs[draw.input] = values if draw.less_than is None else (
                values < draw.less_than).astype(int)
        return inputs

    def to_json(self) -> dict:
        """The recipe as the format writes it."""
        return {"seed": self.seed, "draws": [draw.to_json() for draw in self.draws]}


@dataclass
class Case:
    """One graded case, in the format's terms. ``inputs`` and ``expected`` hold encoded values."""

    id: str
    function: str
    description: str
    visibility: str
    provenance: str
    inputs: dict
    expected: dict
    tolerance: dict = field(default_factory=lambda: dict(DIRECT))
    output_tolerances: dict = field(default_factory=dict)
    generate: Recipe | None = None

    @property
    def points(self) -> int:
        """Points follow visibility: PUBLIC_POINTS or HIDDEN_POINTS."""
        return PUBLIC_POINTS if self.visibility == "public" else HIDDEN_POINTS

    def to_json(self) -> dict:
        """The case as the format writes it, keys in the documented order."""
        if self.visibility not in ("public", "hidden"):
            raise ValueError(f"{self.id}: visibility {self.visibility!r}")
        unknown = set(self.output_tolerances) - set(self.expected)
        if unknown:
            raise ValueError(f"{self.id}: tolerances for unknown outputs {sorted(unknown)}")
        out = {"id": self.id, "function": self.function, "description": self.description,
               "visibility": self.visibility, "points": self.points,
               "provenance": self.provenance, "tolerance": dict(self.tolerance)}
        if self.output_tolerances:
            out["outputTolerances"] = {name: dict(t) for name, t in self.output_tolerances.items()}
        if self.generate is not None:
            clash = {draw.input for draw in self.generate.draws} & set(self.inputs)
            if clash:
                raise ValueError(f"{self.id}: inputs both generated and given: {sorted(clash)}")
            out["generate"] = self.generate.to_json()
        out["inputs"] = self.inputs
        out["expected"] = self.expected
        return out


@dataclass(frozen=True)
class HiddenOnly:
    """A mistake of the mutant suite that only hidden cases of its function catch, and why no public
    case can: the exceptions to "the public cases predict the grade" (docs/fixtures.md)."""

    function: str
    mistake: str
    reason: str

    def to_json(self) -> dict:
        """The entry as the format writes it."""
        if not self.reason:
            raise ValueError(f"{self.function}: {self.mistake!r} is listed without a reason")
        return {"function": self.function, "mistake": self.mistake, "reason": self.reason}


def render(exercise: str, generator: str, cases: list[Case],
           hidden_only: tuple[HiddenOnly, ...] = ()) -> str:
    """The text of one fixture file; ``hiddenOnly`` is written only when something is listed."""
    ids = [case.id for case in cases]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"{exercise}: duplicate case ids {duplicates}")
    functions = {case.function for case in cases}
    for entry in hidden_only:
        if entry.function not in functions:
            raise ValueError(f"{exercise}: hiddenOnly names {entry.function}, which has no case")
    document = {"format": FORMAT_VERSION, "exercise": exercise, "generator": generator}
    if hidden_only:
        document["hiddenOnly"] = [entry.to_json() for entry in hidden_only]
    document["cases"] = [case.to_json() for case in cases]
    return json.dumps(document, indent=1, allow_nan=False, ensure_ascii=False) + "\n"
