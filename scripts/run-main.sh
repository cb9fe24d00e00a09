#!/usr/bin/env bash
# The main job: install what is missing, build, scan every document in corpora/ (see corpora/concord.toml), print
# the findings and write the JSON report to out/report.json. Exits like concord: 0 clean, 1 findings, 2 input
# errors.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/setup.sh"
bash "$root/scripts/build.sh" -DBUILD_TESTING=OFF
concord="${CONCORD_BUILD_DIR:-$root/build}/concord"
mkdir -p "$root/out"
cd "$root"
status=0
"$concord" scan corpora --format json -o out/report.json --quiet || status=$?
"$concord" scan corpora || true
echo "report written to $root/out/report.json"
exit "$status"
