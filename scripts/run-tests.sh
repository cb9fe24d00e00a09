#!/usr/bin/env bash
# Install what is missing, build, run every test through CTest; then the same suite again in the sanitizer build
# (ASan + UBSan; with clang it also fuzzes each harness briefly, see scripts/sanitize-build.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/setup.sh" --tests
bash "$root/scripts/build.sh" -DBUILD_TESTING=ON
ctest --test-dir "${CONCORD_BUILD_DIR:-$root/build}" -j "$(nproc)" --output-on-failure
sanitize_build=$(bash "$root/scripts/sanitize-build.sh")
ctest --test-dir "$sanitize_build" -j "$(nproc)" --output-on-failure
