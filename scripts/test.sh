#!/usr/bin/env bash
# Sets up, builds and runs every test (C++ with CTest, Python with pytest through CTest), then
# the C++ suite again under AddressSanitizer and UBSan in build-asan/ (what CI runs).
# SANITIZE=1 runs only the sanitizer pass, SANITIZE=0 only the normal one.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
SANITIZE=${SANITIZE:-both}
# The browser tests' npm packages (playwright-core, axe-core), pinned by package-lock.json.
[ -d tests/e2e/node_modules ] || npm ci --prefix tests/e2e --no-audit --no-fund

if [ "$SANITIZE" != 1 ]; then
  BUILD_DIR=build bash scripts/build.sh -DPRACTICE_BUILD_PYTHON=ON -DPRACTICE_BUILD_BENCH=ON  # bench: its ctest smoke run
  # The Python suite and the browser tests must run, not be skipped because they were not configured.
  # (The list is read whole first: `ctest -N | grep -q` would fail on SIGPIPE under pipefail.)
  listed=$(cd build && ctest -N)
  grep -q "pytest" <<<"$listed" || { echo "test.sh: the pytest suite is not configured" >&2; exit 1; }
  grep -q "e2e_page" <<<"$listed" || { echo "test.sh: the browser tests are not configured (node missing?)" >&2; exit 1; }
  (cd build && ctest --output-on-failure -j2)
  # pytest runs as one CTest test; show its own count too.
  grep -E "^[0-9]+ passed" build/Testing/Temporary/LastTest.log | sed 's/^/pytest: /' || true
fi

if [ "$SANITIZE" != 0 ]; then
  # Any report fails the run: UBSan stops at the first error (also compiled with
  # -fno-sanitize-recover), ASan always does.
  export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  BUILD_DIR=build-asan bash scripts/build.sh -DPRACTICE_SANITIZE=ON -DPRACTICE_BUILD_PYTHON=OFF
  (cd build-asan && ctest --output-on-failure -j2)
fi
