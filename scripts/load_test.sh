#!/usr/bin/env bash
# Bounded load test of `practice serve` on loopback with wrk (Debian): a fixed duration and
# number of connections against /api/search with a few queries (scripts/load_test.lua).
# Not part of scripts/test.sh: its figures depend on the machine. Prints wrk's report.
# Usage: scripts/load_test.sh [SECONDS=10] [CONNECTIONS=8] [THREADS=2]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_=${1:-10} CONNECTIONS=${2:-8} THREADS=${3:-2}
BUILD_DIR=${BUILD_DIR:-build}
PRACTICE="$BUILD_DIR/bin/practice"
[ -x "$PRACTICE" ] || { echo "load_test: build first (scripts/build.sh)" >&2; exit 1; }
command -v wrk >/dev/null || { echo "load_test: wrk is missing (scripts/setup.sh installs it)" >&2; exit 1; }

tmp=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill -TERM "$server" 2>/dev/null && wait "$server" || true; rm -rf "$tmp"; }
trap cleanup EXIT

"$PRACTICE" index --db "$tmp/bank" corpus/practices >/dev/null
"$PRACTICE" serve --db "$tmp/bank" --port 0 --access-log "" 2>"$tmp/serve.err" &
server=$!
for _ in $(seq 100); do
  port=$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$tmp/serve.err")
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "${port:-}" ] || { cat "$tmp/serve.err" >&2; exit 1; }

echo "load_test: wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_}s on http://127.0.0.1:$port/api/search ($(nproc) cores)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_}s" --latency -s scripts/load_test.lua "http://127.0.0.1:$port" | tee "$tmp/wrk.txt"
# wrk prints "Non-2xx or 3xx responses" and "Socket errors" only when there are some.
if grep -qE "Non-2xx|Socket errors" "$tmp/wrk.txt"; then
  echo "load_test: errors under load" >&2
  exit 1
fi
echo "load_test: no errors"
