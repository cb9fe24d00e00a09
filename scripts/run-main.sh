#!/usr/bin/env bash
# The main job: install what is missing, build, check every article pair in corpora/, print the findings and
# write the reports to out/. Exits like concord: 0 clean, 1 findings, 2 input errors.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/setup.sh"
bash "$root/scripts/build.sh" -DBUILD_TESTING=OFF
concord="${CONCORD_BUILD_DIR:-$root/build}/concord"
mkdir -p "$root/out"
status=0
for source in "$root"/corpora/*.uk.txt; do
  name=$(basename "$source" .uk.txt)
  for target in "$root/corpora/$name.en.txt" "$root/corpora/$name.flawed.en.txt"; do
    [[ -f "$target" ]] || continue
    report="$root/out/$(basename "$target" .en.txt).json"
    rc=0
    "$concord" check "$source" "$target" --format json -o "$report" || rc=$?
    "$concord" check "$source" "$target" || true
    (( rc > status )) && status=$rc
  done
done
echo "reports written to $root/out/"
exit "$status"
