"""Times each of the notebooks' trainings in numpy and prints the seconds as JSON, by experiment name.

    python3 tools/oracle/experiments/benchmark.py [--runs N] [--list] [NAME ...]

Each training runs N times (1 unless told), on its dataset already loaded, exactly as the notebooks
run it; the fastest run is reported, the one least disturbed by whatever else the machine is doing.
`--list` prints the chosen trainings' names, in the notebooks' order, without running them. An unknown
name stops it with one line naming it.
"""

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from experiments import datasets, trainings  # noqa: E402


def positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return int(text)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=positive, default=1, help="runs per training; the fastest is reported")
    parser.add_argument("--list", action="store_true", help="print the chosen trainings' names and stop")
    parser.add_argument("names", nargs="*", help="experiments to time (all when none)")
    arguments = parser.parse_args(argv)
    known = [training.name for training in trainings.TRAININGS]
    unknown = sorted(set(arguments.names) - set(known))
    if unknown:
        print(f"benchmark: unknown training {', '.join(unknown)} (known: {', '.join(known)})", file=sys.stderr)
        return 2
    chosen = [training for training in trainings.TRAININGS if not arguments.names or training.name in arguments.names]
    if arguments.list:
        print(" ".join(training.name for training in chosen))
        return 0
    loaded = {name: loader() for name, loader in datasets.LOADERS.items()}
    seconds = {}
    for training in chosen:
        X, Y = loaded[training.dataset]["train"]
        runs = []
        for _ in range(arguments.runs):
            start = time.perf_counter()
            training.run(X, Y)
            runs.append(time.perf_counter() - start)
        seconds[training.name] = min(runs)
    print(json.dumps(seconds))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
