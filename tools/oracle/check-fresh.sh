#!/usr/bin/env bash
# Regenerates every oracle output into a scratch folder and fails when it differs from what is committed:
# the fixture files, the RandomState and comparison-engine test vectors, the experiments' datasets and results, and
# the known mistakes' trainings must be exactly what numpy produces today.
set -euo pipefail
cd "$(dirname "$0")/../.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

scripts/python tools/oracle/generate.py --out "$scratch/fixtures"
scripts/python tools/oracle/randomstate_vectors.py --out "$scratch/vectors"
scripts/python tools/oracle/comparison_vectors.py "$scratch/comparison.json"
scripts/python tools/oracle/experiments/generate.py --out "$scratch/experiments"
scripts/python tools/oracle/experiments/mistakes.py --out "$scratch/known-mistakes.json"

status=0
diff -r -q --exclude=.gitkeep Sources/Fixtures/Resources "$scratch/fixtures" || status=1
diff -r -q --exclude=README.md Tests/NumericCoreTests/Vectors "$scratch/vectors" || status=1
diff -q Tests/GraderTests/Vectors/comparison.json "$scratch/comparison.json" || status=1
diff -r -q Sources/NotebookData/Resources "$scratch/experiments" || status=1
diff -q Tests/GraderEndToEndTests/known-mistakes.json "$scratch/known-mistakes.json" || status=1
if [ "$status" -ne 0 ]; then
  echo "The committed oracle outputs are stale: run tools/oracle/generate.py, tools/oracle/randomstate_vectors.py, tools/oracle/comparison_vectors.py, tools/oracle/experiments/generate.py and tools/oracle/experiments/mistakes.py and commit the result." >&2
  exit 1
fi
echo "oracle outputs are current: $(ls "$scratch/fixtures" | wc -l) fixture files, $(ls "$scratch/vectors" | wc -l) vector files, the comparison vectors, the experiments and the known mistakes byte-identical"
