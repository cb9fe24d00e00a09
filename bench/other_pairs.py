#!/usr/bin/env python3
"""The language pairs beyond Ukrainian-English, for bench/quality (also runnable alone).

For each dataset `wmt22-<src>-<tgt>` it pastes `<src>.txt` and `<tgt>.txt` into one TSV, runs
`concord check --tsv FILE --from SRC --to TGT --format json --fail-on never` and measures:
  - flagged: segments with at least one ERROR finding of any check on the clean reference pair (target: <= 3%);
  - recall: in every segment the checks leave clean, one digit of one number or date fact that both sides share
    (same kind and key) is changed in the translation (seeded, so runs repeat); a change counts as caught when
    that segment then has an error (target: >= 90% overall).
Usage: other_pairs.py CONCORD_BIN CORPORA_DIR [DATASET ...]   (default: the ru-en, en-ru, cs-uk, uk-cs datasets)
"""
import json
import pathlib
import random
import subprocess
import sys
import tempfile

FACT_KINDS = {"number", "date"}  # the facts whose digits are changed
DEFAULT = ["wmt22-ru-en", "wmt22-en-ru", "wmt22-cs-uk", "wmt22-uk-cs"]


def run(binary, rows, src, tgt):
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "pairs.tsv"
        path.write_text("".join(f"{s}\t{t}\n" for s, t in rows), encoding="utf-8")
        out = subprocess.run([binary, "check", "--tsv", str(path), "--from", src, "--to", tgt, "--format", "json",
                              "--fail-on", "never"], capture_output=True, text=True, check=True).stdout
    report = json.loads(out)
    return [segment for document in report["documents"] for segment in document["segments"]]


def has_error(segment):
    return any(f["severity"] == "error" for f in segment["findings"])


def shared_fact_spans(segment):
    source_keys = {(f["kind"], f["key"]) for f in segment["source"]["facts"] if f["kind"] in FACT_KINDS}
    return [f for f in segment["target"]["facts"] if (f["kind"], f["key"]) in source_keys]


def change_digit(text, fact, rng):
    chars = list(text)
    digits = [i for i in range(fact["start"], fact["end"]) if chars[i].isdigit()]
    if not digits:
        return None
    i = rng.choice(digits)
    chars[i] = rng.choice([d for d in "0123456789" if d != chars[i]])
    return "".join(chars)


def measure(binary, corpora, dataset):
    _, src, tgt = dataset.split("-")
    folder = pathlib.Path(corpora) / dataset
    sources = (folder / f"{src}.txt").read_text(encoding="utf-8").splitlines()
    targets = (folder / f"{tgt}.txt").read_text(encoding="utf-8").splitlines()
    segments = run(binary, list(zip(sources, targets)), src, tgt)
    flagged = sum(has_error(s) for s in segments)

    rng = random.Random(12)
    injected = []
    for segment in segments:
        if has_error(segment):
            continue
        facts = shared_fact_spans(segment)
        if not facts:
            continue
        changed = change_digit(segment["target"]["text"], rng.choice(facts), rng)
        if changed:
            injected.append((segment["source"]["text"], changed))
    caught = sum(has_error(s) for s in run(binary, injected, src, tgt)) if injected else 0
    return len(segments), flagged, len(injected), caught


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    binary, corpora, datasets = sys.argv[1], sys.argv[2], sys.argv[3:] or DEFAULT
    print(f"{'dataset':<14} {'segments':>8} {'flagged':>8} {'rate':>7} {'injected':>8} {'caught':>7} {'recall':>7}")
    total_injected = total_caught = 0
    for dataset in datasets:
        segments, flagged, injected, caught = measure(binary, corpora, dataset)
        total_injected += injected
        total_caught += caught
        print(f"{dataset:<14} {segments:>8} {flagged:>8} {100 * flagged / segments:>6.2f}% {injected:>8} {caught:>7} "
              f"{100 * caught / max(injected, 1):>6.1f}%")
    print(f"overall recall: {total_caught}/{total_injected} = {100 * total_caught / max(total_injected, 1):.1f}%")


if __name__ == "__main__":
    main()
