#!/usr/bin/env bash
# Fuzzes every harness of tests/fuzz for SECONDS each (default 600), one after the other, in the sanitizer build.
# Stops at the first harness that finds something; its crasher is under build-sanitize/tests/fuzz/work/artifacts/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-600}
build=$(bash "$root/scripts/sanitize-build.sh")
harnesses=$(find "$build/tests/fuzz" -maxdepth 1 -name 'fuzz_*' -type f -perm -u+x | sort)
if ! grep -q '^CONCORD_FUZZ:BOOL=ON' "$build/CMakeCache.txt"; then
  echo "fuzz: needs clang with libFuzzer (apt-get install clang libclang-rt-14-dev)" >&2
  exit 2
fi
for binary in $harnesses; do
  harness=${binary##*/fuzz_}
  echo "fuzz: $harness for ${seconds}s" >&2
  /usr/bin/python3 "$root/tests/fuzz/run_fuzz.py" "$binary" "$harness" "$seconds" "$build/tests/fuzz/work"
done
