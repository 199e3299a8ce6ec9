#!/usr/bin/env bash
# Installs every Debian package the project needs. Idempotent: re-running
# installs nothing that is already present.
set -euo pipefail

PACKAGES=(
  cmake g++ make pkg-config git
  libxapian-dev xapian-tools          # index/ (Xapian), remote shards
  libicu-dev                          # normalisation, word breaking
  libstemmer-dev                      # Snowball Russian stemmer
  nlohmann-json3-dev                  # JSON I/O
  libcli11-dev                        # CLI argument parsing
  catch2                              # C++ tests
  pybind11-dev python3-dev python3-pytest python3-setuptools python3-pip
  libzip-dev libpugixml-dev           # .docx reading
  libzstd-dev                         # the bank's stored practices (faster to read than zlib)
  python3-docx                        # test fixtures for .docx
  libbenchmark-dev                    # micro-benchmarks
  python3-matplotlib                  # research examples (charts)
  libcpp-httplib-dev                  # practice serve (HTTP server)
  chromium fonts-dejavu-core          # practice serve: browser tests of the page (tests/e2e), Cyrillic in screenshots
  wrk                                 # practice serve: load test (scripts/load_test.sh)
  clang libclang-rt-14-dev            # libFuzzer targets (scripts/fuzz.sh)
)
# Node.js and npm run the browser tests (tests/e2e); keep an already installed Node (e.g. NodeSource's).
command -v npm >/dev/null || PACKAGES+=(nodejs npm)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
