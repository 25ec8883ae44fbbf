"""Times each of the notebooks' trainings in numpy and prints the seconds as JSON, by experiment name.

    python3 tools/oracle/experiments/benchmark.py [NAME ...]

Each training runs once, on its dataset already loaded, exactly as the notebooks run it.
"""

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from experiments import datasets, trainings  # noqa: E402


def main(names: list[str]) -> int:
    loaded = {name: loader() for name, loader in datasets.LOADERS.items()}
    seconds = {}
    for training in trainings.TRAININGS:
        if names and training.name not in names:
            continue
        X, Y = loaded[training.dataset]["train"]
        start = time.perf_counter()
        training.run(X, Y)
        seconds[training.name] = time.perf_counter() - start
    print(json.dumps(seconds))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
