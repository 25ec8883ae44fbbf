"""Vectors for the grader's comparison engine, computed with numpy and hashlib.

Writes Tests/GraderTests/Vectors/comparison.json (or the path given as the first argument):
- how numpy prints floats (one-element arrays at several precisions) and 2-D arrays (`str(a)`),
  including non-finite values, scientific notation, wrapped rows and summarised large arrays;
- how numpy prints 0/1 masks as integer arrays;
- SHA-256 digests (FIPS 180-4 test messages, padding-boundary lengths, and float64 matrices hashed
  over their row-major little-endian bytes, as fixture digests are).

Floats are written as Python `repr` strings ("0.1", "nan", "-inf") so that every value round-trips.
The output is deterministic.
"""
import hashlib
import json
import math
import pathlib
import sys

import numpy as np

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests/GraderTests/Vectors/comparison.json"


def text(x):
    return repr(float(x))


def element(x, precision):
    """numpy's text for x as the only element of an array (brackets removed)."""
    if precision is None:
        printed = np.array2string(np.array([x]), floatmode="unique")
    else:
        printed = np.array2string(np.array([x]), precision=precision, floatmode="maxprec")
    return printed[1:-1]


def scalar_rule(printed):
    """The grader prints a lone float as numpy's element text, with "8." as "8.0" and "1.e+10" as "1e+10"."""
    if printed.endswith("."):
        return printed + "0"
    return printed.replace(".e", "e")


def scalar_vectors():
    rng = np.random.RandomState(11)
    values = [
        0.0, -0.0, 1.0, 8.0, -2.5, 0.85639907, 0.8563990712345678, 1.1890913024229996e-07,
        0.16666666666666666, 0.1, 1e-4, 9.99999999e-5, 0.00012345678901, 123456.78901234,
        99999999.9, 1e8, 1e10, 1.5e10, 1e300, 5e-324, -1e-300, 2.0 ** 52, 0.125, 0.375, 2.5,
        0.999999999, 9.999999995, 1234.5678901, float("nan"), float("inf"), float("-inf"),
        0.2919335883291695e-9, 17.88628473, -18.634927033644545,
    ]
    values += list(rng.randn(12)) + list(rng.randn(6) * 1e-6) + list(rng.randn(6) * 1e9)
    cases = []
    for x in values:
        entry = {"value": text(x)}
        for precision in (8, 10, 12, 17, None):
            entry["p" + ("unique" if precision is None else str(precision))] = element(x, precision)
        entry["scalar"] = scalar_rule(element(x, 8))
        cases.append(entry)
    return cases


def matrix_vectors():
    rng = np.random.RandomState(7)
    arrays = [
        rng.randn(2, 3),
        np.array([[1.63535156, -0.62320365, -0.53718766], [-1.07799357, 0.85639907, -2.29470142]]),
        np.array([[1.5, 2.0], [0.0, -0.0]]),
        np.array([[np.nan, 1.5], [-np.inf, 2.0]]),
        np.array([[np.nan, np.inf]]),
        np.array([[1e-5, 0.0, -np.inf]]),
        np.array([[1e300, 1.0]]),
        np.array([[0.125, 0.375, 2.5e-5]]),
        rng.randn(1, 20),
        rng.randn(3, 14) * 1000,
        rng.randn(4, 1) * 1e-7,
        np.zeros((3, 2)),
        np.zeros((0, 3)),
        np.zeros((2, 0)),
        np.arange(2000.0).reshape(40, 50) / 7,
        rng.randn(12, 100),
        rng.randn(200, 3),
        rng.randn(5, 5) * 10.0 ** rng.randint(-3, 4, size=(5, 5)),
        np.full((2, 2), 1e8),
        np.array([[0.1, 0.2], [0.30000000000000004, 1.0]]),
    ]
    cases = []
    for a in arrays:
        for precision in (8, 17, None):
            if precision is None:
                printed = np.array2string(a, floatmode="unique")
            else:
                printed = np.array2string(a, precision=precision, floatmode="maxprec")
            cases.append({
                "shape": list(a.shape),
                "data": [text(x) for x in a.ravel()],
                "precision": precision,
                "str": printed,
            })
    return cases


def mask_vectors():
    rng = np.random.RandomState(1)
    arrays = [
        (rng.rand(2, 5) < 0.7).astype(int),
        (rng.rand(1, 40) < 0.5).astype(int),
        (rng.rand(50, 30) < 0.5).astype(int),
        np.array([[1, 0, 1], [0, 0, 1]]),
    ]
    return [{"shape": list(a.shape), "data": [int(x) for x in a.ravel()], "str": str(a)} for a in arrays]


def sha256_vectors():
    messages = [
        ("abc", b"abc"),
        ("empty", b""),
        ("448 bits", b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
        ("896 bits", b"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"),
    ]
    byte_cases = [{"name": name, "hex": data.hex(), "sha256": hashlib.sha256(data).hexdigest()} for name, data in messages]
    for length in (55, 56, 63, 64, 65, 119, 120, 128):
        data = bytes(i % 251 for i in range(length))
        byte_cases.append({"name": f"{length} bytes", "hex": data.hex(), "sha256": hashlib.sha256(data).hexdigest()})
    million = {"name": "one million 'a'", "repeat": "a", "count": 1_000_000,
               "sha256": hashlib.sha256(b"a" * 1_000_000).hexdigest()}
    rng = np.random.RandomState(5)
    matrices = []
    for a in (rng.randn(37, 11), np.array([[0.0, -0.0, np.inf, -1.5]]), rng.randn(1, 1), np.zeros((0, 4))):
        le = np.ascontiguousarray(a, dtype="<f8")
        matrices.append({"shape": list(a.shape), "data": [text(x) for x in a.ravel()],
                         "sha256": hashlib.sha256(le.tobytes(order="C")).hexdigest()})
    return {"bytes": byte_cases, "repeated": [million], "float64": matrices}


def main():
    out = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    vectors = {
        "generator": "tools/oracle/comparison_vectors.py",
        "numpy": np.__version__,
        "scalars": scalar_vectors(),
        "matrices": matrix_vectors(),
        "masks": mask_vectors(),
        "sha256": sha256_vectors(),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(vectors, indent=1) + "\n")


if __name__ == "__main__":
    main()
