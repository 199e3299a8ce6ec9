#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) into build-fuzz/ and runs each for
# FUZZ_SECONDS (default 60), starting from seeds made of the shipped corpus. Prints the
# executions per target. A crash leaves its input in build-fuzz/artifacts/<target>/: fix the
# bug, then copy the input to tests/fuzz_regressions/<target>/ so the replay test keeps it.
# Usage: scripts/fuzz.sh [target...]   (template_parser json_loader docx_reader profile_loader query)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
TARGETS=("$@")
((${#TARGETS[@]})) || TARGETS=(template_parser json_loader docx_reader profile_loader query)
B=build-fuzz

LAUNCHER=()
command -v ccache >/dev/null && LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B $B -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPRACTICE_BUILD_FUZZERS=ON \
      -DPRACTICE_BUILD_TESTS=OFF -DPRACTICE_BUILD_CLI=OFF -DPRACTICE_BUILD_PYTHON=OFF -DPRACTICE_BUILD_EXAMPLES=OFF \
      -DPRACTICE_INSTALL=OFF "${LAUNCHER[@]}" >/dev/null
cmake --build $B -j2 --target "${TARGETS[@]/#/fuzz_}"

# Seeds: one file per description, record, profile or query of the shipped corpus.
seed() {  # seed DIR: fill DIR from stdin, one seed per line
  local dir=$1 n=0
  mkdir -p "$dir"
  while IFS= read -r line; do [ -n "$line" ] && printf '%s' "$line" >"$dir/line-$((n += 1))"; done
}
rm -rf $B/seeds
mkdir -p $B/seeds/template_parser $B/seeds/profile_loader
cp corpus/practices/*.txt $B/seeds/template_parser/
mkdir -p $B/seeds/docx_reader && cp tests/fixtures/docx/*.docx $B/seeds/docx_reader/
seed $B/seeds/json_loader <fuzz/seeds/practices.jsonl
cp corpus/profiles/*.json $B/seeds/profile_loader/
seed $B/seeds/profile_loader <corpus/eval/profiles.jsonl
seed $B/seeds/query <fuzz/seeds/queries.txt

export ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
failed=()
summary=()
for t in "${TARGETS[@]}"; do
  mkdir -p $B/corpus/$t $B/artifacts/$t tests/fuzz_regressions/$t
  log=$B/fuzz_$t.log
  echo "fuzz: $t for ${FUZZ_SECONDS}s" >&2
  # -timeout: an input that takes 10 s is a bug (bounded time); -rss_limit_mb: bounded memory.
  if ! $B/fuzz/fuzz_$t -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
       -artifact_prefix=$B/artifacts/$t/ $B/corpus/$t $B/seeds/$t tests/fuzz_regressions/$t >"$log" 2>&1; then
    failed+=("$t")
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo "?")
  summary+=("$t: $runs executions, $cov coverage edges, corpus $(ls $B/corpus/$t | wc -l) inputs")
done
printf '%s\n' "${summary[@]}"
if ((${#failed[@]})); then
  echo "fuzz: crashes in ${failed[*]}; see $B/fuzz_<target>.log and $B/artifacts/" >&2
  exit 1
fi
