#!/usr/bin/env bash
# Runs the benchmark suite: builds with PRACTICE_BUILD_BENCH=ON, generates synthetic corpora,
# runs practice-bench (project vs raw Xapian) on each size and on the real grant titles, runs
# the micro-benchmarks, and prints a Markdown summary.
#
#   bash bench/run.sh [--sizes 1k,10k,100k] [--index-only-sizes 1m] [--passes 3] [--no-titles] [--work DIR]
#   bash bench/run.sh --smoke --bin build/bin --work DIR   # tiny run for ctest; no timings checked
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=1k,10k,100k
INDEX_ONLY_SIZES=
TITLES=${PRACTICE_DATA:-/work/shared/data}/projects
WORK=bench-work
BIN=
SMOKE=0
SEED=42
PASSES=3
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES=$2; shift 2 ;;
    --passes) PASSES=$2; shift 2 ;;
    --index-only-sizes) INDEX_ONLY_SIZES=$2; shift 2 ;;
    --no-titles) TITLES=; shift ;;
    --work) WORK=$2; shift 2 ;;
    --bin) BIN=$2; shift 2 ;;
    --smoke) SMOKE=1; shift ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
if [ -z "$BIN" ]; then
  BUILD_DIR=${BUILD_DIR:-build} bash scripts/build.sh -DPRACTICE_BUILD_BENCH=ON
  BIN=${BUILD_DIR:-build}/bin
fi
mkdir -p "$WORK"
RESULTS=$WORK/results.jsonl
: > "$RESULTS"

count() {  # 1k → 1000, 100k → 100000, 1m → 1000000
  local n=${1,,}
  case "$n" in *k) echo $(( ${n%k} * 1000 )) ;; *m) echo $(( ${n%m} * 1000000 )) ;; *) echo "$n" ;; esac
}

synth() {  # synth SIZE → path of the JSONL corpus (generated once per size and seed)
  local file=$WORK/synth-$1-seed$SEED.jsonl
  [ -s "$file" ] || "$BIN/practice-synth" --count "$(count "$1")" --seed $SEED --out "$file"
  echo "$file"
}

if [ "$SMOKE" = 1 ]; then
  # Generator: deterministic, both formats; the template text parses back into the same count.
  "$BIN/practice-synth" --count 200 --seed 7 --out "$WORK/a.jsonl"
  "$BIN/practice-synth" --count 200 --seed 7 --out "$WORK/b.jsonl"
  cmp "$WORK/a.jsonl" "$WORK/b.jsonl"
  [ "$(wc -l < "$WORK/a.jsonl")" = 200 ]
  "$BIN/practice-synth" --count 20 --seed 7 --format txt --out "$WORK/c.txt"
  [ "$("$BIN/practice" parse "$WORK/c.txt" | wc -l)" = 20 ]
  "$BIN/practice" validate "$WORK/c.txt" > /dev/null || [ $? = 1 ]  # warnings or errors are fine; no crash
  # Driver: both engines, every figure, on 200 practices; one measured pass.
  "$BIN/practice-bench" run --input "$WORK/a.jsonl" --label smoke --work "$WORK/run" --passes 1 --first 5 --json-out "$RESULTS"
  if [ -n "$TITLES" ] && ls "$TITLES"/*.jsonl > /dev/null 2>&1; then
    "$BIN/practice-bench" titles --input "$(ls "$TITLES"/*.jsonl | head -1)" --out "$WORK/titles.jsonl"
    "$BIN/practice-bench" run --input "$WORK/titles.jsonl" --label titles --work "$WORK/run" --passes 1 --index-only
  fi
  "$BIN/practice-micro-bench" --benchmark_min_time=0.01 > /dev/null
  python3 - "$RESULTS" <<'PY'
import json, sys
r = [json.loads(l) for l in open(sys.argv[1])]
assert r and r[0]["corpus"]["docs"] == 200, r
for e in ("project", "baseline"):
    assert r[0][e]["docs_per_s"] > 0 and r[0][e]["index_mib"] > 0 and r[0][e]["search_ms"]["n"] > 0, r[0][e]
print("bench smoke: ok")
PY
  exit 0
fi

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores"
for size in ${SIZES//,/ }; do
  "$BIN/practice-bench" run --input "$(synth "$size")" --label "synth-$size" --work "$WORK/run-$size" --passes "$PASSES" --json-out "$RESULTS"
  rm -rf "$WORK/run-$size"
done
for size in ${INDEX_ONLY_SIZES//,/ }; do
  "$BIN/practice-bench" run --input "$(synth "$size")" --label "synth-$size" --work "$WORK/run-$size" --index-only --json-out "$RESULTS"
  rm -rf "$WORK/run-$size"
done
if [ -n "$TITLES" ] && ls "$TITLES"/*.jsonl > /dev/null 2>&1; then
  "$BIN/practice-bench" titles --input "$(ls "$TITLES"/*.jsonl | head -1)" --out "$WORK/titles.jsonl"
  "$BIN/practice-bench" run --input "$WORK/titles.jsonl" --label grant-titles --work "$WORK/run-titles" --passes "$PASSES" --json-out "$RESULTS"
  rm -rf "$WORK/run-titles"
fi
"$BIN/practice-micro-bench" --benchmark_min_time=0.5
python3 bench/summarize.py "$RESULTS"
