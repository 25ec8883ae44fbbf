"""Writes the experiments' datasets and the notebooks' results into Sources/NotebookData/Resources.

    python3 tools/oracle/experiments/generate.py            # into the package
    python3 tools/oracle/experiments/generate.py --out DIR  # somewhere else (CI compares)

Datasets are written exactly (shortest round-trip floats). The results are the notebooks' trainings
run in plain numpy; costs are rounded to 12 significant digits so that another BLAS, which may move
the last bits, still writes the same file.
"""

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from experiments import datasets, trainings  # noqa: E402

DEFAULT_OUT = datasets.REPOSITORY_ROOT / "Sources" / "NotebookData" / "Resources"

COST_TOLERANCE = 1e-4
"""A graded experiment's costs at the notebook's printed checkpoints must match within this relative
tolerance. Correct code in another summation order agrees to about 1e-9; Adam with a fixed power in its
bias correction is off by more than 50% at epoch 1000, though its final accuracy is only two examples off."""


def results_text(loaded: dict) -> str:
    """The expected-results file: every training's accuracies and recorded costs."""
    document = {
        "generator": "tools/oracle/experiments/generate.py",
        "accuracy_margin_examples": 1,
        "cost_rtol": COST_TOLERANCE,
        "experiments": [trainings.run(t, loaded[t.dataset]) for t in trainings.TRAININGS],
    }
    return json.dumps(document, indent=1) + "\n"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the Resources folder to write into")
    args = parser.parse_args(argv)
    (args.out / "datasets").mkdir(parents=True, exist_ok=True)
    loaded = {name: loader() for name, loader in datasets.LOADERS.items()}
    files = {f"datasets/{name}.json": datasets.render(name, data) for name, data in loaded.items()}
    files["notebook-results.json"] = results_text(loaded)
    for name, text in files.items():
        path = args.out / name
        path.write_bytes(text.encode("utf-8"))
        print(f"{path}: {len(text.encode('utf-8'))} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
