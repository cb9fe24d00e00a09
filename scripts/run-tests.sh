#!/usr/bin/env bash
# Install what is missing, build, run every test through CTest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/setup.sh" --tests
bash "$root/scripts/build.sh" -DBUILD_TESTING=ON
ctest --test-dir "${CONCORD_BUILD_DIR:-$root/build}" -j "$(nproc)" --output-on-failure
