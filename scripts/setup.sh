#!/usr/bin/env bash
# Installs the Debian 12 packages Concord needs to build and test, and only those missing.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git
  libicu-dev libhunspell-dev hunspell-uk hunspell-en-us hunspell-ru hunspell-cs
  libutfcpp-dev doctest-dev libcli11-dev nlohmann-json3-dev libpugixml-dev libtomlplusplus-dev
  python3 python3-jsonschema
  libbenchmark-dev  # bench/*.cpp are built with the project; the micro-benchmarks use Google Benchmark
)
if [[ "${1:-}" == "--tests" ]]; then
  # chromium + chromium-driver: the HTML report is tested in a real headless browser; clang + its runtime: the
  # sanitizer build fuzzes with libFuzzer (scripts/sanitize-build.sh); python3-distributed: the Dask driver's test.
  packages+=(chromium chromium-driver clang libclang-rt-14-dev python3-distributed ${CONCORD_TEST_PACKAGES:-})
fi
# bench/quality and bench/speed measure a peer on the same data: translate-toolkit's pofilter; GNU time gives the
# peak memory of the measured processes.
if [[ "${1:-}" == "--bench" ]]; then
  packages+=(translate-toolkit time)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi
echo "setup: installing ${missing[*]}" >&2
if [[ $(id -u) -ne 0 ]]; then
  echo "setup: these packages are missing and installing them needs root: ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
