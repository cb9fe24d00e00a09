#!/usr/bin/env python3
"""Corpora regression: every article pair in corpora/ through the real `concord check`.

For each NAME: the faithful pair NAME.<src>.txt / NAME.<tgt>.txt must give no error finding (warnings are allowed:
they are advice), and the flawed pair NAME.<src>.txt / NAME.flawed.<tgt>.txt must give exactly the findings listed
in NAME.flawed.expected (golden.py's format, usually with `checks: all`), besides the warnings the faithful pair
also gets on the very same segment (a rephrasing both translations share is no planted error).
Usage: corpora.py CONCORD_BIN CORPORA_FOLDER
"""
import json
import pathlib
import subprocess
import sys

import golden


def faithful_errors(concord, source, target, src, tgt):
    """The faithful pair's error findings (as messages) and the identities of all its findings."""
    command = [concord, "check", str(source), str(target), "--from", src, "--to", tgt, "--format", "json",
               "--fail-on", "never"]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        return [f"exit {result.returncode}: {result.stderr.strip()}"], frozenset()
    report = json.loads(result.stdout)
    warnings = frozenset(golden.finding_identity(segment, f) for document in report["documents"]
                         for segment in document["segments"] for f in segment["findings"]
                         if f["severity"] != "error")
    errors = []
    for document in report["documents"]:
        if document["status"] != "ok":
            errors.append(f"document failed: {document['error']}")
        for segment in document["segments"]:
            for f in segment["findings"]:
                if f["severity"] == "error":
                    source_text = f["source"]["text"] if f["source"] else "-"
                    target_text = f["target"]["text"] if f["target"] else "-"
                    errors.append(f"{segment['index']} {f['check']} {source_text} | {target_text}: {f['message']}\n"
                                  f"      {segment['source']['text']!r}\n      {segment['target']['text']!r}")
    return errors, warnings


def main():
    concord, folder = sys.argv[1], pathlib.Path(sys.argv[2])
    flawed_cases = sorted(folder.glob("*.flawed.expected"))
    if not flawed_cases:
        sys.exit(f"{folder}: no *.flawed.expected files")
    failures, passed = [], 0
    # a pair without its flawed twin would silently escape the test
    names = {path.name.split(".", 1)[0] for path in folder.glob("*.txt")}
    for name in sorted(names - {path.name.split(".", 1)[0] for path in flawed_cases}):
        failures.append(f"{name}: no {name}.flawed.expected")
    for expected in flawed_cases:
        name = expected.name[: -len(".flawed.expected")]
        (src, tgt), _, _ = golden.parse_expected(expected, ["all"])
        source = folder / f"{name}.{src}.txt"
        errors, faithful_warnings = faithful_errors(concord, source, folder / f"{name}.{tgt}.txt", src, tgt)
        if errors:
            failures.append(f"{name}: the faithful translation has error findings:\n    " + "\n    ".join(errors))
        else:
            passed += 1
        message = golden.run_case(concord, expected, ["all"],
                                  inputs=[str(source), str(folder / f"{name}.flawed.{tgt}.txt")],
                                  known=faithful_warnings)
        if message:
            failures.append(message)
        else:
            passed += 1
    for message in failures:
        print(message, file=sys.stderr)
    print(f"{passed} passed, {len(failures)} failed ({len(flawed_cases)} pairs, faithful and flawed)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
