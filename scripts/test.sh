#!/usr/bin/env bash
# Sets up, builds and runs every test (C++ with CTest, Python with pytest through CTest).
# SANITIZE=1 builds into build-asan/ with AddressSanitizer and UBSan and runs the suite there.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ "${SANITIZE:-0}" = 1 ]; then
  export BUILD_DIR=build-asan ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1
  bash scripts/build.sh -DPRACTICE_SANITIZE=ON -DPRACTICE_BUILD_PYTHON=OFF
else
  export BUILD_DIR=build
  bash scripts/build.sh -DPRACTICE_BUILD_PYTHON=ON -DPRACTICE_BUILD_BENCH=ON  # bench: for its ctest smoke run
fi
# The browser tests' npm packages (playwright-core, axe-core), pinned by package-lock.json.
[ -d tests/e2e/node_modules ] || npm ci --prefix tests/e2e --no-audit --no-fund
cd "$BUILD_DIR"
# The Python suite must run, not be skipped because the module was not configured.
[ "${SANITIZE:-0}" = 1 ] || ctest -N | grep -q "pytest" || { echo "test.sh: the pytest suite is not configured" >&2; exit 1; }
ctest -N | grep -q "e2e_page" || { echo "test.sh: the browser tests are not configured (node missing?)" >&2; exit 1; }
ctest --output-on-failure -j2
