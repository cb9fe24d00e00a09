#!/usr/bin/env python3
"""Golden fixtures: runs the real `concord check` on every case of a folder and compares findings exactly.

A case is `<case>.<src>.txt` + `<case>.<tgt>.txt` (or one `<case>.<src>-<tgt>.tsv`) and `<case>.expected`:

    # comment lines start with '#'
    direction: uk -> en        (optional; default uk -> en)
    checks: number date        (optional; which checks are compared; default: the folder's name; `all` for all)
    <segment> <check> <severity> <source text> | <target text>      ('-' where a side has no span)

A case may also be given as bilingual files, `<case>.tmx`, `<case>.xlf`, `<case>.xliff` or `<case>.<variant>.xlf`
(e.g. `<case>.v12.xlf`): each is checked on its own and must give the same findings as the .expected, so one
expected file proves that TSV, TMX and XLIFF read the same segments alike.
A case whose .expected lists no finding is a clean case: it must give none.
Usage: golden.py CONCORD_BIN FOLDER
"""
import collections
import concurrent.futures
import json
import os
import pathlib
import subprocess
import sys


def parse_expected(path, default_checks):
    direction, checks, findings = ("uk", "en"), default_checks, []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("direction:"):
            src, tgt = (part.strip() for part in line[len("direction:"):].split("->"))
            direction = (src, tgt)
        elif line.startswith("checks:"):
            checks = line[len("checks:"):].split()
        else:
            fields = line.split(None, 3)
            if len(fields) < 4 or " | " not in f" {fields[3]} ":
                sys.exit(f"{path}:{number}: expected '<segment> <check> <severity> <source> | <target>'")
            source, target = (side.strip() for side in f" {fields[3]} ".split(" | ", 1))
            findings.append((int(fields[0]), fields[1], fields[2], source, target))
    return direction, checks, findings


def finding_identity(segment, finding):
    """What a finding says, wherever its segment stands: check, severity, both segment texts, both excerpts."""
    excerpt = lambda side: finding[side]["text"] if finding[side] else "-"
    return (finding["check"], finding["severity"], segment["source"]["text"], segment["target"]["text"],
            excerpt("source"), excerpt("target"))


def actual_findings(report, checks, known=frozenset()):
    """The findings of the compared checks as (segment, check, severity, source, target), leaving out those whose
    finding_identity is in `known`."""
    found = []
    for document in report["documents"]:
        if document["status"] != "ok":
            found.append((0, "document", "error", document["error"], "-"))
        for segment in document["segments"]:
            for f in segment["findings"]:
                if checks != ["all"] and f["check"] not in checks:
                    continue
                if finding_identity(segment, f) in known:
                    continue
                found.append((segment["index"], f["check"], f["severity"],
                              f["source"]["text"] if f["source"] else "-",
                              f["target"]["text"] if f["target"] else "-"))
    return found


def case_inputs(folder, case, src, tgt):
    """Every way the case is given: a TSV or a plain pair, plus its TMX and XLIFF files."""
    tsv = folder / f"{case}.{src}-{tgt}.tsv"
    inputs = []
    if tsv.exists():
        inputs.append(["--tsv", str(tsv)])
    elif (folder / f"{case}.{src}.txt").exists():
        inputs.append([str(folder / f"{case}.{src}.txt"), str(folder / f"{case}.{tgt}.txt")])
    for path in sorted(folder.glob(f"{case}.*")):
        if path.suffix in (".tmx", ".xlf", ".xliff"):
            inputs.append([str(path)])
    return inputs


def run_case(concord, expected_path, default_checks, inputs=None, known=frozenset()):
    """Compares one case's findings with its .expected, for every form of the case (or only `inputs`)."""
    case = expected_path.name[: -len(".expected")]
    (src, tgt), checks, expected = parse_expected(expected_path, default_checks)
    forms = [inputs] if inputs else case_inputs(expected_path.parent, case, src, tgt)
    if not forms:
        return f"{case}: no input files"
    failures = [message for args in forms if (message := run_input(concord, case, args, src, tgt, checks, expected, known))]
    return "\n".join(failures) or None


def run_input(concord, case, inputs, src, tgt, checks, expected, known=frozenset()):
    case = f"{case} ({pathlib.Path(inputs[-1]).name})"
    command = [concord, "check", *inputs, "--from", src, "--to", tgt, "--format", "json", "--fail-on", "never"]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        return f"{case}: exit {result.returncode}: {result.stderr.strip()}"
    report = json.loads(result.stdout)
    actual = actual_findings(report, checks, known)
    if collections.Counter(actual) == collections.Counter(expected):
        return None
    segments = {s["index"]: s for d in report["documents"] for s in d["segments"]}
    lines = [f"{case}: findings differ", "  expected:"]
    lines += [f"    {' '.join(map(str, e[:3]))} {e[3]} | {e[4]}" for e in sorted(expected)] or ["    (none)"]
    lines.append("  actual:")
    lines += [f"    {' '.join(map(str, a[:3]))} {a[3]} | {a[4]}" for a in sorted(actual)] or ["    (none)"]
    for index in sorted({x[0] for x in expected + actual}):
        if index in segments:
            lines.append(f"  segment {index}: {segments[index]['source']['text']!r} / {segments[index]['target']['text']!r}")
    for document in report["documents"]:
        for segment in document["segments"]:
            for f in segment["findings"]:
                if f["check"] in checks or checks == ["all"]:
                    lines.append(f"  message {segment['index']}: {f['message']}")
    return "\n".join(lines)


def main():
    concord, folder = sys.argv[1], pathlib.Path(sys.argv[2])
    cases = sorted(folder.glob("*.expected"))
    if not cases:
        sys.exit(f"{folder}: no .expected files")
    # Each case is its own concord process, which spends most of its time loading dictionaries: run them side by
    # side (results keep the cases' order).
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        messages = pool.map(lambda case: run_case(concord, case, [folder.name]), cases)
    failures = [message for message in messages if message]
    for message in failures:
        print(message, file=sys.stderr)
    print(f"{len(cases) - len(failures)} passed, {len(failures)} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
