#!/usr/bin/env bash
# The main job: install what is missing, build, scan every document in corpora/ (see corpora/concord.toml), print
# the findings and write the reports to out/ (report.json, the side-by-side report.html, report.sarif). Exits
# like concord: 0 clean, 1 findings, 2 input errors.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/setup.sh"
bash "$root/scripts/build.sh" -DBUILD_TESTING=OFF
concord="${CONCORD_BUILD_DIR:-$root/build}/concord"
mkdir -p "$root/out"
cd "$root"
status=0
"$concord" scan corpora --format json -o out/report.json --quiet || status=$?
"$concord" scan corpora --format html -o out/report.html --quiet || true
"$concord" scan corpora --format sarif -o out/report.sarif --quiet || true
"$concord" scan corpora || true
echo "reports written to $root/out/: report.json, report.html, report.sarif"
exit "$status"
