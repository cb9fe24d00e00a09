#!/usr/bin/env bash
# Configures and builds the sanitizer build (ASan + UBSan) into build-sanitize/ (or $CONCORD_SANITIZE_BUILD_DIR).
# With a clang that has libFuzzer it is also the fuzzing build (CONCORD_FUZZ): the fuzz harnesses then run under
# the same sanitizers. Prints the build folder. Extra arguments go to cmake's configure step.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CONCORD_SANITIZE_BUILD_DIR:-$root/build-sanitize}
options=(-DBUILD_TESTING=ON -DCONCORD_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo)
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }' > "$probe/probe.cpp"
if command -v clang++ >/dev/null && clang++ -fsanitize=fuzzer "$probe/probe.cpp" -o "$probe/probe" 2>/dev/null; then
  options+=(-DCMAKE_CXX_COMPILER=clang++ -DCONCORD_FUZZ=ON)
else
  echo "sanitize-build: no clang with libFuzzer; building without the fuzz harnesses" >&2
fi
CONCORD_BUILD_DIR=$build bash "$root/scripts/build.sh" "${options[@]}" "$@" >&2
echo "$build"
