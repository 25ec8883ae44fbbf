"""The numeric primitives whose rounding could depend on the machine, computed so that it does not.

Everything else the oracle computes is elementwise IEEE arithmetic (+, -, *, /, sqrt, comparisons),
which gives the same bits on every machine and in every language. Matrix products, sums, norms,
exp, log and powers do not: BLAS kernels and numpy's SIMD loops pick summation orders and
approximations by CPU, and libm differs between systems. The oracle routes those through this module
and computes them machine-independently:

- sums (inside products, row sums, totals, norms) with ``math.fsum``, which rounds the exact sum of
  its (already rounded) terms once;
- ``exp``, ``log`` and integer powers in decimal arithmetic with 40 significant digits, rounded once
  to double.

So ``generate.py`` writes the same bytes everywhere. The tests swap in other implementations (numpy's
own, naive loops in reverse order) and check that every fixture tolerance admits a correct
implementation that rounds differently, as the Swift code and a student's code will.
"""

import math
from decimal import Context, Decimal

import numpy as np

_DECIMAL = Context(prec=40)


def dot(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Matrix product of 2-D arrays: each entry is the fsum of the rounded elementwise products."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if a.ndim != 2 or b.ndim != 2 or a.shape[1] != b.shape[0]:
        raise ValueError(f"dot: shapes {a.shape} and {b.shape} do not chain")
    out = np.empty((a.shape[0], b.shape[1]))
    for i in range(a.shape[0]):
        for j in range(b.shape[1]):
            out[i, j] = math.fsum(a[i, :] * b[:, j])
    return out


def sum_rows(a: np.ndarray) -> np.ndarray:
    """Sum of each row of a 2-D array, as a column: numpy's ``np.sum(a, axis=1, keepdims=True)``."""
    a = np.asarray(a, dtype=np.float64)
    return np.array([[math.fsum(row)] for row in a]).reshape(a.shape[0], 1)


def total(a: np.ndarray) -> float:
    """Sum of every element (``np.sum``)."""
    return math.fsum(np.asarray(a, dtype=np.float64).ravel())


def nansum(a: np.ndarray) -> float:
    """Sum of every element that is not NaN (``np.nansum``); infinities are kept."""
    flat = np.asarray(a, dtype=np.float64).ravel()
    return math.fsum(flat[~np.isnan(flat)])


def norm(a: np.ndarray) -> float:
    """Euclidean norm of all elements (``np.linalg.norm`` of a vector): sqrt of the fsum of squares."""
    flat = np.asarray(a, dtype=np.float64).ravel()
    return math.sqrt(math.fsum(flat * flat))


def exp(a: np.ndarray) -> np.ndarray:
    """Elementwise e**a, correctly rounded (overflow gives inf, underflow 0)."""
    return _elementwise(a, lambda d: _DECIMAL.exp(d))


def log(a: np.ndarray) -> np.ndarray:
    """Elementwise natural logarithm, correctly rounded; log(0) is -inf. Arguments must be >= 0."""
    return _elementwise(a, lambda d: _DECIMAL.ln(d))


def power(base: float, exponent: int) -> float:
    """``base ** exponent`` for a non-negative integer exponent, correctly rounded."""
    if exponent < 0:
        raise ValueError("power: negative exponent")
    return float(_DECIMAL.power(Decimal(base), exponent))


def _elementwise(a, function) -> np.ndarray:
    """Applies a decimal function to every element of ``a`` (NaN stays NaN)."""
    array = np.asarray(a, dtype=np.float64)
    out = np.empty(array.shape)
    for index, value in np.ndenumerate(array):
        out[index] = value if math.isnan(value) else float(function(Decimal(float(value))))
    return out
