#!/usr/bin/env python3
"""Snapshot test of every report format: `concord check pair.uk.txt pair.en.txt --format F` must equal the reviewed
snapshot `expected/pair.<F>` byte for byte (the version number is written as {version}).

When a format changes on purpose, rewrite the snapshots with `run.py CONCORD_BIN --update` and review the diff.
Usage: run.py CONCORD_BIN [--update]
"""
import difflib
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
FORMATS = ["html", "json", "jsonl", "junit", "markdown", "sarif", "text"]


def render(concord, format_, version):
    result = subprocess.run([concord, "check", "pair.uk.txt", "pair.en.txt", "--format", format_, "--fail-on", "never"],
                            capture_output=True, text=True, cwd=HERE)
    if result.returncode != 0:
        sys.exit(f"concord --format {format_} exited {result.returncode}: {result.stderr}")
    return result.stdout.replace(f'"{version}"', '"{version}"')


def main():
    concord, update = str(pathlib.Path(sys.argv[1]).resolve()), "--update" in sys.argv[2:]
    version = subprocess.run([concord, "--version"], capture_output=True, text=True).stdout.split()[-1]
    failures = []
    for format_ in FORMATS:
        snapshot = HERE / "expected" / f"pair.{format_}"
        actual = render(concord, format_, version)
        if update:
            snapshot.parent.mkdir(exist_ok=True)
            snapshot.write_text(actual, encoding="utf-8")
            continue
        expected = snapshot.read_text(encoding="utf-8") if snapshot.exists() else ""
        if actual != expected:
            diff = difflib.unified_diff(expected.splitlines(keepends=True), actual.splitlines(keepends=True),
                                        f"expected/pair.{format_}", f"actual --format {format_}")
            failures.append("".join(diff) or f"{snapshot} is missing")
    for failure in failures:
        print(failure)
    print(f"{len(FORMATS) - len(failures)} of {len(FORMATS)} formats match their snapshot")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
