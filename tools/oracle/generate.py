"""Writes every fixture file: one JSON file per exercise, in the format of docs/fixtures.md.

    scripts/python tools/oracle/generate.py            # into Sources/Fixtures/Resources/
    scripts/python tools/oracle/generate.py --out DIR  # somewhere else (CI regenerates and compares)

The output is deterministic: the same bytes on every run and every machine.
"""

import argparse
import importlib
import sys
from pathlib import Path

from cases import EXERCISE_MODULES
from dlgrader_oracle.fixture import render

ORACLE_DIR = Path(__file__).resolve().parent
REPOSITORY_ROOT = ORACLE_DIR.parents[1]
DEFAULT_OUT = REPOSITORY_ROOT / "Sources" / "Fixtures" / "Resources"


def fixture_texts() -> dict[str, str]:
    """Every exercise's file name and text, in the notebooks' order."""
    texts = {}
    for name in EXERCISE_MODULES:
        module = importlib.import_module(f"cases.{name}")
        if module.EXERCISE != name:
            raise ValueError(f"cases/{name}.py declares exercise {module.EXERCISE!r}")
        generator = f"tools/oracle/cases/{name}.py"
        texts[f"{name}.json"] = render(name, generator, module.cases(),
                                       getattr(module, "HIDDEN_ONLY", ()))
    return texts


def main(argv: list[str]) -> int:
    """Parses the arguments, writes the files and lists them with their sizes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="directory to write the fixture files into (created if missing)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for file_name, text in fixture_texts().items():
        path = args.out / file_name
        path.write_bytes(text.encode("utf-8"))
        print(f"{path}: {len(text.encode('utf-8'))} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
