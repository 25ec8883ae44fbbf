"""The fixture files: well-formed, named as docs/fixtures.md says, deterministic, self-consistent,
and with tolerances that admit a correct implementation that rounds differently."""

import hashlib
import json
import math
import re

import numpy as np
import pytest

import fixture_replay
from dlgrader_oracle import ops
from dlgrader_oracle.fixture import Case, HiddenOnly, digest, fl, mask, matrix, render
from generate import DEFAULT_OUT, REPOSITORY_ROOT, fixture_texts

FIXTURE_TEXTS = fixture_texts()
FILES = {name.removesuffix(".json"): json.loads(text) for name, text in FIXTURE_TEXTS.items()}
ALL_CASES = [(exercise, case) for exercise, document in FILES.items() for case in document["cases"]]
CASE_IDS = [f"{exercise}/{case['id']}" for exercise, case in ALL_CASES]


# The table at the bottom of docs/fixtures.md.

def _split_top_level(text: str) -> list[str]:
    """Splits at commas outside parentheses."""
    parts, depth, current = [], 0, ""
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    return parts + [current.strip()] if current.strip() else parts


def _parse_arguments(cell: str) -> dict:
    """"X, Y (matrix), cache (dict Z1 …)" -> {name: description in parentheses}, shared leftwards."""
    named, pending = {}, []
    for part in _split_top_level(cell):
        match = re.fullmatch(r"(\w+)\s*(?:\((.*)\))?", part)
        assert match, f"unparsable table entry {part!r}"
        pending.append(match.group(1))
        if match.group(2) is not None:
            named.update({name: match.group(2) for name in pending})
            pending = []
    assert not pending, f"no kind for {pending} in {cell!r}"
    return named


def documented_functions() -> dict:
    """function -> (exercise, inputs, outputs) from the table in docs/fixtures.md."""
    text = (REPOSITORY_ROOT / "docs" / "fixtures.md").read_text()
    table = text.split("## The graded functions and their inputs and outputs")[1]
    functions = {}
    for line in table.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 4 or cells[0] in ("exercise", "---"):
            continue
        exercise, names, inputs, outputs = cells
        first, *others = [name.strip() for name in names.split("/")]
        for name in [first] + [first.rsplit("_", 1)[0] + other for other in others]:
            functions[name] = (exercise, _parse_arguments(inputs), _parse_arguments(outputs))
    return functions


DOCUMENTED = documented_functions()


def _kind_and_keys(description: str) -> tuple[str, list[str] | None, list[str]]:
    """"dict Z1 D1 …; D1, D2 masks" -> ("dict", [Z1, D1, …], [D1, D2]); keys None if not listed."""
    kind, _, rest = description.partition(" ")
    listed, _, note = rest.partition(";")
    tokens = listed.split()
    keys = tokens if kind == "dict" and tokens and all(re.fullmatch(r"\w+", t) for t in tokens) else None
    masks = re.findall(r"\w+", note.removesuffix("masks")) if note.strip().endswith("masks") else []
    return kind, keys, masks


def _check_documented(value: dict, description: str, where: str) -> None:
    """Asserts a value has the documented kind, dict keys, mask entries and list element kinds."""
    kind, keys, masks = _kind_and_keys(description)
    assert list(value) == [kind], f"{where}: a {list(value)[0]}, documented as {description!r}"
    if keys is not None:
        assert list(value["dict"]) == keys, f"{where}: keys {list(value['dict'])}, documented {keys}"
    for key in masks:
        assert list(value["dict"][key]) == ["mask"], f"{where}.{key}: not a mask"
    if description == "list of int":
        assert all(list(item) == ["int"] for item in value["list"]), f"{where}: not all ints"
    member_kinds = re.fullmatch(r"list of tuple \((.*)\)", description)
    if member_kinds:
        allowed = [set(member.split(" or ")) for member in _split_top_level(member_kinds.group(1))]
        for i, item in enumerate(value["list"]):
            members = item["tuple"]
            assert len(members) == len(allowed), f"{where}[{i}]: {len(members)} members"
            for member, kinds in zip(members, allowed):
                assert set(member) <= kinds, f"{where}[{i}]: a {list(member)[0]}, not {kinds}"


def test_the_table_names_every_graded_function_of_every_file():
    assert len(DOCUMENTED) == 20
    functions = {case["function"] for _, case in ALL_CASES}
    assert functions == set(DOCUMENTED)


@pytest.mark.parametrize("exercise, case", ALL_CASES, ids=CASE_IDS)
def test_inputs_and_outputs_are_named_and_typed_as_documented(exercise, case):
    documented_exercise, inputs, outputs = DOCUMENTED[case["function"]]
    assert exercise == documented_exercise
    generated = {d["input"]: {"mask" if "lessThan" in d else "matrix": None}
                 for d in case.get("generate", {}).get("draws", [])}
    given = dict(case["inputs"], **generated)
    assert set(given) == set(inputs)
    assert list(case["expected"]) == list(outputs)
    for name, value in case["inputs"].items():
        _check_documented(value, inputs[name], f"inputs.{name}")
    for name, value in generated.items():
        assert list(value) == [_kind_and_keys(inputs[name])[0]], f"generated {name}"
    for name, value in case["expected"].items():
        _check_documented(value, outputs[name], f"expected.{name}")


@pytest.mark.parametrize("exercise, case", ALL_CASES, ids=CASE_IDS)
def test_parameter_like_dicts_have_the_keys_of_their_network(exercise, case):
    """W1, b1, … WL, bL for parameters; the same with a "d" for grads, v, s and their corrections."""
    inputs, expected = case["inputs"], case["expected"]
    if "layers_dims" in inputs:
        L = len(inputs["layers_dims"]["list"]) - 1
        names = [f"{p}{l}" for l in range(1, L + 1) for p in ("W", "b")]
        assert list(expected["parameters"]["dict"]) == names
    if "parameters" in inputs and case["function"] not in ("compute_cost_with_regularization",
                                                          "forward_propagation_with_dropout"):
        names = list(inputs["parameters"]["dict"])
        for name, value in list(inputs.items()) + list(expected.items()):
            if name in ("parameters", "grads", "v", "s", "v_corrected", "s_corrected", "gradients"):
                prefix = "" if name == "parameters" else "d"
                assert list(value["dict"]) == [prefix + n for n in names], name


# The format itself.

def _floats(value: dict):
    """Every float stored in a value (scalars, matrix elements, digest rows)."""
    (kind, payload), = value.items()
    if kind == "float":
        yield payload
    elif kind == "matrix":
        yield from payload["data"]
    elif kind == "digest":
        yield from payload["row0"]
    elif kind == "dict":
        for item in payload.values():
            yield from _floats(item)
    elif kind in ("list", "tuple"):
        for item in payload:
            yield from _floats(item)


@pytest.mark.parametrize("exercise", FILES)
def test_file_header_and_case_keys(exercise):
    document = FILES[exercise]
    assert [key for key in ("format", "exercise", "generator", "hiddenOnly", "cases")
            if key in document] == list(document)
    assert {"format", "exercise", "generator", "cases"} <= set(document)
    assert document["format"] == 1 and document["exercise"] == exercise
    assert (REPOSITORY_ROOT / document["generator"]).is_file()
    ids = [case["id"] for case in document["cases"]]
    assert len(ids) == len(set(ids))
    order = ["id", "function", "description", "visibility", "points", "provenance", "tolerance",
             "outputTolerances", "generate", "inputs", "expected"]
    for case in document["cases"]:
        assert [key for key in order if key in case] == list(case), case["id"]
        assert case["id"].startswith(case["function"] + "[") and case["id"].endswith("]")
        assert case["visibility"] in ("public", "hidden")
        assert case["points"] == (1 if case["visibility"] == "public" else 2)
        assert case["description"] and "\n" not in case["description"] and case["provenance"]
        assert case["tolerance"] == {"rtol": 1e-9, "atol": 1e-12}
        for name, tolerance in case.get("outputTolerances", {}).items():
            assert name in case["expected"] and tolerance["reason"], case["id"]
        for value in list(case["inputs"].values()) + list(case["expected"].values()):
            for x in _floats(value):
                assert isinstance(x, float) and math.isfinite(x) or x in ("nan", "inf", "-inf")


@pytest.mark.parametrize("exercise", FILES)
def test_every_function_has_public_and_hidden_cases(exercise):
    by_function = {}
    for case in FILES[exercise]["cases"]:
        by_function.setdefault(case["function"], set()).add(case["visibility"])
    assert all(v == {"public", "hidden"} for v in by_function.values()), by_function


def _matrices(value):
    """Every array in a decoded input (a matrix, or the entries of a dict of them)."""
    if isinstance(value, np.ndarray):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _matrices(item)


def _special_values(case: dict) -> list[str]:
    """What makes a case's inputs special: values where a wrong formula can give the right answer
    (a state at zero, t = 1 or 2, decay_rate = 1, a whole epoch / interval ratio, m a multiple of the
    mini-batch size, one class of labels, square matrices, two layers, a default argument, ...)."""
    inputs = {name: fixture_replay.decode(value) for name, value in case["inputs"].items()}
    recipe = fixture_replay.recipe_of(case)
    if recipe is not None:
        inputs.update(recipe.realize())
    special = []
    for name, value in inputs.items():
        if any(a.ndim == 2 and a.shape[0] == a.shape[1] > 1 for a in _matrices(value)):
            special.append(f"a square matrix in {name}")
    for name in ("v", "s"):
        if name in inputs and not any(np.any(a) for a in _matrices(inputs[name])):
            special.append(f"{name} at zero")
    if "parameters" in inputs and len(inputs["parameters"]) <= 4:
        special.append("two layers or fewer")
    if "layers_dims" in inputs:
        dims = inputs["layers_dims"]
        if len(dims) <= 3 or any(a == b for a, b in zip(dims, dims[1:])):
            special.append("two layers or fewer, or two equal sizes in a row")
    if "Y" in inputs and len(np.unique(inputs["Y"])) < 2:
        special.append("labels of one class")
    rules = {
        "t": lambda t: t in (1, 2), "decay_rate": lambda r: r == 1, "lambd": lambda lambd: lambd == 0,
        "keep_prob": lambda p: p in (0.5, 1.0), "epsilon": lambda e: e == 1e-7,
        "learning_rate": lambda a: a == 1, "beta": lambda b: b in (0.0, 0.5), "seed": lambda s: s == 0,
        "x": lambda x: x in (0, 1), "theta": lambda theta: theta in (0, 1),
    }
    special += [f"{name} = {inputs[name]!r}" for name, rule in rules.items()
                if name in inputs and rule(inputs[name])]
    if "x" in inputs and inputs["x"] == inputs["theta"]:
        special.append("x = theta")
    if "time_interval" in inputs and inputs["epoch_num"] % inputs["time_interval"] == 0:
        special.append("a whole number of intervals")
    if "mini_batch_size" in inputs and inputs["X"].shape[1] % inputs["mini_batch_size"] == 0:
        special.append("m a multiple of mini_batch_size")
    return special


@pytest.mark.parametrize("function", sorted(DOCUMENTED))
def test_every_function_has_a_public_case_of_general_values(function):
    """Beside the notebook's own case, whose values can make a wrong formula right, a public case with
    none of those values: so a student whose public cases pass has no such mistake left."""
    public = [case for _, case in ALL_CASES
              if case["function"] == function and case["visibility"] == "public"]
    assert any(case["provenance"].startswith("notebook") for case in public), "the notebook's case"
    special = {case["id"]: _special_values(case) for case in public}
    assert any(not found for found in special.values()), special


@pytest.mark.parametrize("exercise", FILES)
def test_no_hidden_case_expects_what_a_public_case_expects(exercise):
    """Hidden cases keep their job: a submission that returns the public cases' answers fails them."""
    cases = FILES[exercise]["cases"]
    for hidden in (case for case in cases if case["visibility"] == "hidden"):
        for public in cases:
            if public["visibility"] == "public" and public["function"] == hidden["function"]:
                assert hidden["expected"] != public["expected"], (hidden["id"], public["id"])


def test_values_encode_as_documented():
    assert fl(float("nan")) == {"float": "nan"}
    assert fl(-math.inf) == {"float": "-inf"} and fl(0.1) == {"float": 0.1}
    assert matrix(np.array([[1.0, 2.0], [3.0, 4.0]])) == {
        "matrix": {"shape": [2, 2], "data": [1.0, 2.0, 3.0, 4.0]}}
    assert mask(np.array([[True, False]])) == {"mask": {"shape": [1, 2], "data": [1, 0]}}
    a = np.arange(6.0).reshape(2, 3)
    assert digest(a)["digest"] == {
        "shape": [2, 3], "sha256": hashlib.sha256(np.array(a, dtype="<f8").tobytes()).hexdigest(),
        "row0": [0.0, 1.0, 2.0]}
    with pytest.raises(ValueError):
        matrix(np.array([[math.nan]]))
    with pytest.raises(ValueError):
        matrix(np.zeros(3))


def test_hidden_only_mistakes_are_written_before_the_cases_with_their_reasons():
    case = Case(id="update_lr[x]", function="update_lr", description="d", visibility="public",
                provenance="p", inputs={}, expected={"learning_rate": fl(0.5)})
    listed = HiddenOnly("update_lr", "a mistake", "why no public case can catch it")
    document = json.loads(render("learning_rate_decay", "g", [case], (listed,)))
    assert list(document) == ["format", "exercise", "generator", "hiddenOnly", "cases"]
    assert document["hiddenOnly"] == [{"function": "update_lr", "mistake": "a mistake",
                                       "reason": "why no public case can catch it"}]
    assert "hiddenOnly" not in json.loads(render("learning_rate_decay", "g", [case]))
    with pytest.raises(ValueError):
        render("learning_rate_decay", "g", [case], (HiddenOnly("update_lr", "a mistake", ""),))
    with pytest.raises(ValueError):
        render("learning_rate_decay", "g", [case], (HiddenOnly("schedule_lr_decay", "m", "r"),))


def test_total_size_stays_small():
    assert sum(len(text.encode()) for text in FIXTURE_TEXTS.values()) < 1_000_000


# Determinism and self-consistency.

def test_generation_is_deterministic():
    assert fixture_texts() == FIXTURE_TEXTS


def test_generate_writes_the_same_bytes_as_committed(tmp_path):
    import generate
    assert generate.main(["--out", str(tmp_path)]) == 0
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(FIXTURE_TEXTS)
    for name in written:
        assert (tmp_path / name).read_bytes() == (DEFAULT_OUT / name).read_bytes(), (
            f"{name} is stale: run scripts/python tools/oracle/generate.py")
    assert sorted(p.name for p in DEFAULT_OUT.iterdir()) == written


@pytest.mark.parametrize("exercise, case", ALL_CASES, ids=CASE_IDS)
def test_stored_inputs_reproduce_stored_outputs_exactly(exercise, case):
    actual = fixture_replay.run(case)
    assert [m for name, value in case["expected"].items()
            for m in fixture_replay.mismatches(actual[name], value, path=name)] == []


# Tolerances: other summation orders and other exp/log must pass, with room to spare.

def _reverse_sum(values) -> float:
    """Left-to-right accumulation from the last element: a plausible, different rounding."""
    total = 0.0
    for x in reversed([float(v) for v in np.ravel(values)]):
        total += x
    return total


def _reverse_dot(a, b) -> np.ndarray:
    """Naive matrix product accumulating each entry from the last term."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return np.array([[_reverse_sum(a[i, :] * b[:, j]) for j in range(b.shape[1])]
                     for i in range(a.shape[0])]).reshape(a.shape[0], b.shape[1])


def _libm_log(x: float) -> float:
    """math.log with log(0) = -inf, as numpy gives."""
    return -math.inf if x == 0 else math.log(x)


ALTERNATIVES = {
    "numpy": {
        "dot": np.dot, "sum_rows": lambda a: np.sum(a, axis=1, keepdims=True),
        "total": lambda a: float(np.sum(a)), "nansum": lambda a: float(np.nansum(a)),
        "norm": lambda a: float(np.linalg.norm(np.ravel(a))), "exp": np.exp,
        "log": lambda a: np.log(np.asarray(a, dtype=float)), "power": lambda b, e: b ** e,
    },
    "reverse order and libm": {
        "dot": _reverse_dot,
        "sum_rows": lambda a: np.array([[_reverse_sum(r)] for r in np.asarray(a, dtype=float)]),
        "total": _reverse_sum,
        "nansum": lambda a: _reverse_sum([x for x in np.ravel(a) if not math.isnan(x)]),
        "norm": lambda a: math.sqrt(_reverse_sum(np.ravel(a) ** 2)),
        "exp": np.vectorize(math.exp, otypes=[float]),
        "log": np.vectorize(_libm_log, otypes=[float]), "power": math.pow,
    },
}
"""Other ways to compute ops' primitives, as the Swift code or a student's code may."""

MARGIN = 5.0
"""Each deviation must fit in a fifth of its tolerance."""


def test_the_alternatives_replace_every_primitive():
    public = {name for name in vars(ops) if not name.startswith("_") and callable(getattr(ops, name))}
    public -= {"Context", "Decimal"}
    for alternative in ALTERNATIVES.values():
        assert set(alternative) == public


@pytest.mark.parametrize("alternative", ALTERNATIVES)
@pytest.mark.parametrize("exercise", FILES)
def test_tolerances_admit_other_rounding(exercise, alternative, monkeypatch):
    for name, function in ALTERNATIVES[alternative].items():
        monkeypatch.setattr(ops, name, function)
    failures = []
    for case in FILES[exercise]["cases"]:
        with np.errstate(all="ignore"):
            actual = fixture_replay.run(case)
        for name, value in case["expected"].items():
            tolerance = case.get("outputTolerances", {}).get(name, case["tolerance"])
            failures += [f"{case['id']}: {m}" for m in fixture_replay.mismatches(
                actual[name], value, tolerance, MARGIN, name)]
    assert failures == []
