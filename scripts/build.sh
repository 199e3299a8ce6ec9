#!/usr/bin/env bash
# Configures and builds into build/ (or $BUILD_DIR). Extra arguments go to cmake.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
PY=/usr/bin/python3   # the Python module is built for Debian's interpreter
# ccache (optional, not installed by setup) speeds up rebuilds across build directories.
LAUNCHER=()
command -v ccache >/dev/null && LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPRACTICE_BUILD_TESTS=ON \
      -DPython3_EXECUTABLE=$PY -DPYTHON_EXECUTABLE=$PY "${LAUNCHER[@]}" "$@" >/dev/null
cmake --build "$BUILD_DIR" -j2
