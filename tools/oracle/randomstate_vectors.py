#!/usr/bin/env python3
"""numpy-made test vectors for the NumericCore module (RandomState and Matrix).

Writes, into --out (default Tests/NumericCoreTests/Vectors):

  manifest.json        what every binary stream file holds, the shuffle checks and the spec checkpoints
  *.f64                float64 draws, little-endian IEEE 754, concatenated in draw order
  *.u32 / *.i32        uint32 words / int32 permutation entries, little-endian
  sums.json            np.sum / np.mean / np.nansum / np.linalg.norm / max / min of RandomState data
  printing.json        str(array) for arrays of many kinds, as numpy prints them
  operations.json      small Matrix operations (broadcasting, comparisons, dot, ...) and numpy's results

Floats inside JSON are the 16 hex digits of their IEEE 754 bits, so nothing is lost.
Inputs too large to store are described as RandomState draws (seed + shape) that the Swift side
reproduces; the Swift side checks those draws bit for bit in the same test run.

Deterministic: numpy's legacy RandomState for data, Python's random.Random(...).random() for patterns,
sorted JSON keys. Running it twice gives byte-identical files.

Usage: scripts/python tools/oracle/randomstate_vectors.py [--out DIR]
"""

import argparse
import json
import os
import random
import struct

import numpy as np

SEEDS = [0, 1, 2, 3, 10, 4294967295]
STREAM_LENGTH = 10_000
PERMUTATION_STREAM_SEED = 1
PERMUTATION_MAX_N = 300
PERMUTATION_LARGE_N = 12288
SUM_LENGTHS = list(range(1, 1001)) + [5000, 8191, 8192, 8193, 65536, 100_000]

GENERATOR = "tools/oracle/randomstate_vectors.py"


def hex_bits(x):
    """The 16 hex digits of a float64's IEEE 754 bits."""
    return "%016x" % struct.unpack("<Q", struct.pack("<d", float(x)))[0]


def hex_list(values):
    return [hex_bits(v) for v in np.asarray(values, dtype=np.float64).ravel()]


def write_json(path, obj):
    with open(path, "w") as f:
        json.dump(obj, f, indent=1, sort_keys=True)
        f.write("\n")


def write_binary(path, array, dtype):
    with open(path, "wb") as f:
        f.write(np.ascontiguousarray(array, dtype=dtype).tobytes())


# ---------------------------------------------------------------- RandomState streams


def mixed_pattern():
    """Tokens of the interleaved stream, shared by every seed.

    n = randn(), u = rand(), N<r>x<c> = randn(r, c), U<r>x<c> = rand(r, c), s = reseed with the
    stream's seed (clears the cached Gaussian). Starts with "n u" so rand() runs while a Gaussian is
    cached. Stops once STREAM_LENGTH doubles are drawn.
    """
    chooser = random.Random(20240601)
    tokens = ["n", "u"]
    drawn = 2
    while drawn < STREAM_LENGTH:
        p = chooser.random()
        if p < 0.45:
            tokens.append("n")
            drawn += 1
        elif p < 0.8:
            tokens.append("u")
            drawn += 1
        elif p < 0.99:
            rows = 1 + int(chooser.random() * 5)
            columns = 1 + int(chooser.random() * 5)
            rows = min(rows, max(1, (STREAM_LENGTH - drawn) // columns))
            columns = min(columns, STREAM_LENGTH - drawn)
            tokens.append("%s%dx%d" % ("N" if p < 0.9 else "U", rows, columns))
            drawn += rows * columns
        else:
            tokens.append("s")
    return tokens


def run_mixed(seed, tokens):
    rs = np.random.RandomState(seed)
    out = []
    for token in tokens:
        if token == "n":
            out.append(rs.randn())
        elif token == "u":
            out.append(rs.rand())
        elif token == "s":
            rs.seed(seed)
        else:
            rows, columns = (int(v) for v in token[1:].split("x"))
            block = rs.randn(rows, columns) if token[0] == "N" else rs.rand(rows, columns)
            out.extend(block.ravel())
    return np.array(out, dtype=np.float64)


def write_streams(out):
    tokens = mixed_pattern()
    streams = []
    for seed in SEEDS:
        rs = np.random.RandomState(seed)
        words = rs._bit_generator.random_raw(STREAM_LENGTH).astype(np.uint32)
        check = np.random.RandomState(seed).randint(0, 2**32, size=STREAM_LENGTH, dtype=np.uint32)
        assert (words == check).all(), "random_raw and randint(uint32) disagree"
        entries = [
            ("uint32", "u32", words, "<u4"),
            ("rand", "f64", np.random.RandomState(seed).random_sample(STREAM_LENGTH), "<f8"),
            ("randn", "f64", np.random.RandomState(seed).standard_normal(STREAM_LENGTH), "<f8"),
            ("mixed", "f64", run_mixed(seed, tokens), "<f8"),
        ]
        # Scalar calls and array calls draw the same numbers: check the premise of the files.
        single = np.random.RandomState(seed)
        assert all(single.randn() == v for v in entries[2][2][:100])
        for kind, extension, values, dtype in entries:
            name = "%s-seed%d.%s" % (kind, seed, extension)
            write_binary(os.path.join(out, name), values, dtype)
            streams.append({"file": name, "seed": seed, "kind": kind, "count": int(len(values))})
    return streams, tokens


def write_permutations(out):
    files = []
    for seed in SEEDS:
        values = []
        for n in range(1, PERMUTATION_MAX_N + 1):
            values.extend(np.random.RandomState(seed).permutation(n))
        name = "permutations-reseeded-seed%d.i32" % seed
        write_binary(os.path.join(out, name), values, "<i4")
        files.append({"file": name, "seed": seed, "reseedEach": True, "lengths": [1, PERMUTATION_MAX_N]})
    rs = np.random.RandomState(PERMUTATION_STREAM_SEED)
    values = []
    for n in range(1, PERMUTATION_MAX_N + 1):
        values.extend(rs.permutation(n))
    name = "permutations-stream-seed%d.i32" % PERMUTATION_STREAM_SEED
    write_binary(os.path.join(out, name), values, "<i4")
    files.append({"file": name, "seed": PERMUTATION_STREAM_SEED, "reseedEach": False,
                  "lengths": [1, PERMUTATION_MAX_N]})
    for seed in SEEDS:
        name = "permutation%d-seed%d.i32" % (PERMUTATION_LARGE_N, seed)
        values = np.random.RandomState(seed).permutation(PERMUTATION_LARGE_N)
        write_binary(os.path.join(out, name), values, "<i4")
        files.append({"file": name, "seed": seed, "reseedEach": True,
                      "lengths": [PERMUTATION_LARGE_N, PERMUTATION_LARGE_N]})
    return files


def shuffle_checks():
    """np.random.shuffle on lists (numpy's untyped path) and 1-D arrays (typed path).

    Each check: seed, then for each entry of `lengths` shuffle arange(n) (as list or array) in turn
    without reseeding, then one rand() to show where the stream stands. `results` are the shuffled
    contents, `after` the rand() bits.
    """
    checks = []
    for seed, lengths, as_list in [(0, [10], True), (0, [10], False), (5, [0, 1, 2, 3, 52], True),
                                   (42, [1000, 7], False), (4294967295, [64, 64, 64], True)]:
        rs = np.random.RandomState(seed)
        results = []
        for n in lengths:
            values = list(range(n)) if as_list else np.arange(n)
            rs.shuffle(values)
            results.append([int(v) for v in values])
        checks.append({"seed": seed, "lengths": lengths, "list": as_list, "results": results,
                       "after": hex_bits(rs.rand())})
    return checks


def checkpoints():
    """The checkpoints of the exercises spec, section 0, confirmed against numpy here."""
    points = []

    def add(seed, kind, values):
        rs = np.random.RandomState(seed)
        if kind == "randn":
            got = [rs.randn() for _ in values]
            assert got == values, (seed, kind, got)
            points.append({"seed": seed, "kind": kind, "values": hex_list(values)})
        elif kind == "rand":
            got = [rs.rand() for _ in values]
            assert got == values, (seed, kind, got)
            points.append({"seed": seed, "kind": kind, "values": hex_list(values)})
        else:
            n, prefix = kind
            got = [int(v) for v in rs.permutation(n)[: len(prefix)]]
            assert got == prefix, (seed, kind, got)
            points.append({"seed": seed, "kind": "permutation", "n": n, "prefix": prefix})

    add(1, "randn", [1.6243453636632417, -0.6117564136500754, -0.5281717522634557, -1.0729686221561705])
    add(3, "randn", [1.7886284734303186, 0.43650985051198943, 0.09649746807200862])
    add(1, "rand", [0.417022004702574, 0.7203244934421581, 0.00011437481734488664])
    add(0, (3, [2, 1, 0]), None)
    add(0, (7, [6, 2, 1, 3, 0, 5, 4]), None)
    add(0, (148, [24, 7, 37, 114, 27]), None)
    return points


# ---------------------------------------------------------------- sums


def sequential_sum(values):
    total = 0.0
    for v in values:
        total += v
    return total


def sums():
    """Sums of RandomState data: each input is `seed`, then randn(shape) (times `scale`)."""
    lengths = []
    differs = 0
    for n in SUM_LENGTHS:
        x = np.random.RandomState(n).randn(1, n)
        total = np.sum(x)
        differs += total != sequential_sum(x.ravel())
        lengths.append({"seed": n, "shape": [1, n], "sum": hex_bits(total), "mean": hex_bits(np.mean(x))})
    shapes = []
    for seed, shape in [(7, (3, 200)), (8, (200, 3)), (9, (64, 129)), (10, (1000, 5)), (11, (5, 1000)),
                        (12, (300, 1)), (13, (1, 300)), (14, (2048, 3)), (15, (17, 17)), (16, (1, 1))]:
        x = np.random.RandomState(seed).randn(*shape)
        with_nan = np.where(x > 1.0, np.nan, x)
        shapes.append({
            "seed": seed, "shape": list(shape),
            "sum": hex_bits(np.sum(x)),
            "sumAxis0": hex_list(np.sum(x, axis=0, keepdims=True)),
            "sumAxis1": hex_list(np.sum(x, axis=1, keepdims=True)),
            "mean": hex_bits(np.mean(x)),
            "meanAxis0": hex_list(np.mean(x, axis=0, keepdims=True)),
            "meanAxis1": hex_list(np.mean(x, axis=1, keepdims=True)),
            "nansumAbove1": hex_bits(np.nansum(with_nan)),
            "norm": hex_bits(np.linalg.norm(x)),
            "max": hex_bits(np.max(x)),
            "min": hex_bits(np.min(x)),
        })
    return {
        "generator": GENERATOR,
        "about": "x = RandomState(seed).randn(*shape); nansumAbove1 is np.nansum of x with every element "
                 "> 1.0 replaced by NaN; norm is np.linalg.norm (BLAS ddot, compare with a tolerance)",
        "lengths": lengths,
        "lengthsWherePairwiseDiffersFromSequential": int(differs),
        "shapes": shapes,
    }


# ---------------------------------------------------------------- printing


def matrix_entry(array):
    array = np.asarray(array, dtype=np.float64)
    return {"shape": list(array.shape), "data": hex_list(array)}


def printing():
    """str(arr) for 2-D float64 arrays, numpy's default print options."""
    cases = []

    def literal(array):
        array = np.asarray(array, dtype=np.float64)
        entry = matrix_entry(array)
        entry["str"] = str(array)
        cases.append(entry)

    def drawn(seed, shape, scale=1.0, uniform=False):
        rs = np.random.RandomState(seed)
        array = (rs.rand(*shape) if uniform else rs.randn(*shape)) * scale
        cases.append({"seed": seed, "shape": list(shape), "scale": hex_bits(scale),
                      "draw": "rand" if uniform else "randn", "str": str(array)})

    # The spec's gradient-descent W1: W1 - 0.01 dW1 from the seed-1 draws.
    rs = np.random.RandomState(1)
    w1 = rs.randn(2, 3); rs.randn(2, 1); rs.randn(3, 3); rs.randn(3, 1)
    dw1 = rs.randn(2, 3)
    literal(w1 - 0.01 * dw1)
    literal(w1[:1] - 0.01 * dw1[:1])
    literal([[1, 2, 3], [4, 5, 6]])
    literal([[0.5, 1.5, 2.25]])
    literal([[1.5, 2.25], [1e-5, 3]])
    literal([[1e-5, 1, 1000.5]])
    literal([[1e8, 2]])
    literal([[1e10, -3.5e-7]])
    literal([[1e100, 1e-100]])
    literal([[0.0, 0.0], [0.0, 0.0]])
    literal([[0.0, -0.0, 1.0]])
    literal([[-0.0]])
    literal([[np.nan, 1.5]])
    literal([[np.inf, -np.inf, 1]])
    literal([[np.nan]])
    literal([[np.nan, np.inf]])
    literal([[np.nan, 1e-5]])
    literal([[-np.inf, 2.5]])
    literal([[0.001953125, 0.199999999999, 9.999999999999, 0.123456789123]])
    literal([[0.001953125, 0.199999999999, 0.123456789123]])
    literal([[2.0 / 3.0, 1.0 / 3.0, 0.1 + 0.2]])
    literal([[5e-324, 2.2250738585072014e-308, 1.7976931348623157e308]])
    literal([[2.0**k for k in range(-8, 9)]])
    literal(np.arange(20.0).reshape(1, 20) * 1.1)
    literal([[1.0], [-2.5], [3.25], [0.125], [100.0]])
    literal([[0.40682402, 0.01629284, 0.16722898, 0.10118111, 0.40682402]])
    literal([[1e-4, 1e-4 * 1000]])
    literal([[1e-4, 1e-4 * 1000.0001]])
    literal([[9.99999999e-5, 0.5]])
    literal([[99999999.99999999, 1.0]])
    literal(np.zeros((0, 3)))
    literal([[1e-300, 1e300, -7.0]])
    literal([[np.nan, -1.25], [np.inf, 1e3]])
    drawn(2, (3, 12))
    drawn(3, (2, 30), 100.0)
    drawn(4, (4, 4), 1e-6)
    drawn(5, (5, 9), 1e9)
    drawn(1, (12288, 3))
    drawn(6, (40, 40))
    drawn(7, (1, 2000))
    drawn(8, (5, 300), uniform=True)
    drawn(9, (1001, 1))
    drawn(10, (10, 100))
    # Single values of every magnitude, and rows of four mixed magnitudes.
    chooser = random.Random(7)
    rs = np.random.RandomState(99)
    for _ in range(1500):
        literal([[rs.randn() * 10.0 ** (chooser.random() * 30 - 15)]])
    for _ in range(300):
        literal([[rs.randn() * 10.0 ** (chooser.random() * 8 - 4) for _ in range(4)]])
    for _ in range(200):
        literal([[float(np.float64(rs.randn()).round(int(chooser.random() * 12))) for _ in range(3)]])
    return {"generator": GENERATOR,
            "about": "str(arr) with numpy's default print options; 'seed' cases are "
                     "RandomState(seed).randn(*shape) (or rand) times scale",
            "numpy": np.__version__, "cases": cases}


# ---------------------------------------------------------------- operations


def operations():
    """Matrix operations on small inputs and what numpy answers. Exact unless 'ulps' is given."""
    rs = np.random.RandomState(2024)
    cases = []

    def case(op, expected, ulps=0, **operands):
        entry = {"op": op, "expected": matrix_entry(expected), "ulps": ulps}
        for name, value in operands.items():
            entry[name] = matrix_entry(value) if isinstance(value, np.ndarray) else hex_bits(value)
        cases.append(entry)

    shapes = [((2, 3), (2, 3)), ((2, 3), (2, 1)), ((2, 1), (2, 3)), ((2, 3), (1, 3)), ((1, 3), (2, 3)),
              ((2, 3), (1, 1)), ((1, 1), (2, 3)), ((4, 1), (1, 5)), ((1, 5), (4, 1)), ((1, 1), (1, 1)),
              ((3, 1), (3, 1))]
    binary = {"add": np.add, "subtract": np.subtract, "multiply": np.multiply, "divide": np.divide,
              "maximum": np.maximum, "less": np.less, "greater": np.greater, "lessEqual": np.less_equal,
              "greaterEqual": np.greater_equal, "equal": np.equal}
    for a_shape, b_shape in shapes:
        a = np.round(rs.randn(*a_shape), 1)
        b = np.round(rs.randn(*b_shape), 1)
        b.flat[0] = a.flat[0]  # so that == and <= see equality somewhere
        for name, function in binary.items():
            with np.errstate(divide="ignore", invalid="ignore"):
                case(name, function(a, b).astype(np.float64), a=a, b=b)
    for name, function in binary.items():
        a = np.round(rs.randn(3, 4), 1)
        s = float(a.flat[5])
        with np.errstate(divide="ignore", invalid="ignore"):
            case(name + "Scalar", function(a, s).astype(np.float64), a=a, s=s)
            case("scalar" + name[0].upper() + name[1:], function(s, a).astype(np.float64), s=s, a=a)
    a = rs.randn(3, 4)
    a.flat[2] = np.nan
    a.flat[7] = -np.inf
    case("maximumScalar", np.maximum(a, 0.25), a=a, s=0.25)
    case("relu", np.maximum(0, a), a=a)
    case("negate", -a, a=a)
    case("abs", np.abs(a), a=a)
    case("sqrt", np.sqrt(np.abs(a)), a=np.abs(a))
    case("power2", np.power(a, 2.0), a=a, s=2.0)
    b = rs.randn(4, 5) * 3
    # np.exp/np.log may use numpy's own SIMD kernels or SVML: agreement within a few ulps.
    case("exp", np.exp(b), ulps=4, a=b)
    case("log", np.log(np.abs(b)), ulps=4, a=np.abs(b))
    case("sigmoid", 1 / (1 + np.exp(-b)), ulps=4, a=b)
    case("power", np.power(np.abs(b), 1.7), ulps=4, a=np.abs(b), s=1.7)
    for (n, k, m) in [(1, 1, 1), (2, 3, 4), (5, 4, 1), (1, 7, 3), (20, 64, 9)]:
        a = rs.randn(n, k)
        b = rs.randn(k, m)
        case("dot", np.dot(a, b), ulps=-1, a=a, b=b)
    a = rs.randn(3, 4)
    case("transpose", a.T.copy(), a=a)
    case("reshape2x6", a.reshape(2, 6), a=a)
    case("reshape12x1", a.reshape(12, 1), a=a)
    case("columns[3,0,0,2]", a[:, [3, 0, 0, 2]], a=a)
    case("columns1..<3", a[:, 1:3], a=a)
    case("row1", a[1:2, :], a=a)
    case("column2", a[:, 2:3], a=a)
    b = rs.randn(2, 4)
    case("vstack", np.vstack([a, b]), a=a, b=b)
    return {"generator": GENERATOR,
            "about": "op names the Matrix operation; a, b are matrices, s a scalar; 'ulps' > 0 allows that "
                     "many units in the last place; 'ulps' -1 (dot) allows the rounding-error bound "
                     "k * 2^-52 * (|A| |B|)[i, j] of a length-k inner product",
            "cases": cases}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="Tests/NumericCoreTests/Vectors",
                        help="directory to write into (default: %(default)s)")
    out = parser.parse_args().out
    os.makedirs(out, exist_ok=True)
    streams, tokens = write_streams(out)
    manifest = {
        "generator": GENERATOR,
        "numpy": np.__version__,
        "streams": streams,
        "mixedPattern": " ".join(tokens),
        "permutations": write_permutations(out),
        "shuffles": shuffle_checks(),
        "checkpoints": checkpoints(),
    }
    write_json(os.path.join(out, "manifest.json"), manifest)
    summation = sums()
    write_json(os.path.join(out, "sums.json"), summation)
    write_json(os.path.join(out, "printing.json"), printing())
    write_json(os.path.join(out, "operations.json"), operations())
    print("wrote %d streams, %d permutation files; pairwise differs from sequential for %d of %d lengths"
          % (len(streams), len(manifest["permutations"]),
             summation["lengthsWherePairwiseDiffersFromSequential"], len(SUM_LENGTHS)))


if __name__ == "__main__":
    main()
