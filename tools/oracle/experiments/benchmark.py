"""Times each of the notebooks' trainings in numpy and prints the seconds as JSON, by experiment name.

    python3 tools/oracle/experiments/benchmark.py [--runs N] [NAME ...]

Each training runs N times (1 unless told), on its dataset already loaded, exactly as the notebooks
run it; the fastest run is reported, the one least disturbed by whatever else the machine is doing.
"""

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from experiments import datasets, trainings  # noqa: E402


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="runs per training; the fastest is reported")
    parser.add_argument("names", nargs="*", help="experiments to time (all when none)")
    arguments = parser.parse_args(argv)
    loaded = {name: loader() for name, loader in datasets.LOADERS.items()}
    seconds = {}
    for training in trainings.TRAININGS:
        if arguments.names and training.name not in arguments.names:
            continue
        X, Y = loaded[training.dataset]["train"]
        runs = []
        for _ in range(max(1, arguments.runs)):
            start = time.perf_counter()
            training.run(X, Y)
            runs.append(time.perf_counter() - start)
        seconds[training.name] = min(runs)
    print(json.dumps(seconds))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
