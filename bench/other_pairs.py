#!/usr/bin/env python3
"""The language pairs beyond Ukrainian-English, for bench/quality (also runnable alone).

For each dataset `wmt22-<src>-<tgt>` it pastes `<src>.txt` and `<tgt>.txt` into one TSV, runs
`concord check --tsv FILE --from SRC --to TGT --format json --fail-on never` and measures:
  - flagged: segments with at least one ERROR finding of any check on the clean reference pair (target: <= 3%),
    and per check (name, number, date);
  - recall: each kind below is planted in the translation of a copy of every segment where it applies, one error
    per copy, at most --per-kind copies per kind and dataset, chosen with a fixed seed (bench/injection.py, shared
    with bench/quality). A copy counts as caught when it has an error finding that the clean run of the same
    segment did not have (same check and spans). Target: >= 90% over all kinds.
      digit changed    a digit of a number that is no year, day or clock time
      number dropped   such a number deleted
      month changed    a month word replaced by another month's (the target language's dates data)
      weekday changed  a weekday word replaced by another weekday's
      name replaced    a capitalised name inside a sentence (a name fact of the clean run) replaced by a name the
                       same dataset's translations hold elsewhere, one the segment does not mention
Usage: other_pairs.py CONCORD_BIN CORPORA_DIR [--per-kind N] [DATASET ...]
       (default: the ru-en, en-ru, cs-uk, uk-cs datasets)
"""
import argparse
import collections
import json
import pathlib
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from injection import WORD, inject_digit, inject_month, inject_number_drop, inject_weekday, inside_sentence  # noqa: E402

DEFAULT = ["wmt22-ru-en", "wmt22-en-ru", "wmt22-cs-uk", "wmt22-uk-cs"]
CHECKS = ["name", "number", "date"]
KINDS = ["digit changed", "number dropped", "month changed", "weekday changed", "name replaced"]
SEED = 20260121


def run(binary, rows, src, tgt):
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "pairs.tsv"
        # a blank side would make the row blank or shift the TAB: keep rows aligned with a placeholder
        path.write_text("".join(f"{s or '-'}\t{t or '-'}\n" for s, t in rows), encoding="utf-8")
        out = subprocess.run([binary, "check", "--tsv", str(path), "--from", src, "--to", tgt, "--format", "json",
                              "--fail-on", "never"], capture_output=True, text=True, check=True).stdout
    report = json.loads(out)
    return [segment for document in report["documents"] for segment in document["segments"]]


def error_keys(segment):
    return {(f["check"], f["source"]["text"] if f["source"] else "-", f["target"]["text"] if f["target"] else "-")
            for f in segment["findings"] if f["severity"] == "error"}


def plain_name_facts(segment, side):
    """Name facts of one side written as one capitalised word inside a sentence: (text, key, start, end)."""
    text = segment[side]["text"]
    facts = []
    for fact in segment[side]["facts"]:
        word = text[fact["start"]:fact["end"]]
        if (fact["kind"] == "name" and len(word) >= 3 and WORD.fullmatch(word) and "-" not in word
                and word[0].isupper() and not word.isupper() and inside_sentence(text, fact["start"])):
            facts.append((word, fact["key"], fact["start"], fact["end"]))
    return facts


def name_injector(segments):
    """Replaces one plain name of the translation by another plain name of the same dataset's translations."""
    pool = sorted({(word, key) for segment in segments for word, key, _, _ in plain_name_facts(segment, "target")})

    def inject(segment, rng):
        names = plain_name_facts(segment, "target")
        if not names:
            return None
        mentioned = {f["key"] for side in ("source", "target") for f in segment[side]["facts"] if f["kind"] == "name"}
        text = segment["target"]["text"]
        _, _, start, end = rng.choice(names)
        choices = [word for word, key in pool if key not in mentioned and word.lower() not in text.lower()]
        return text[:start] + rng.choice(choices) + text[end:] if choices else None
    return inject


def measure(binary, corpora, dataset, per_kind=150):
    """Figures of one dataset: segments, flagged (any check and per check), and per kind injected and caught."""
    _, src, tgt = dataset.split("-")
    folder = pathlib.Path(corpora) / dataset
    clean_line = lambda line: line.replace("\t", " ").strip()
    sources = [clean_line(s) for s in (folder / f"{src}.txt").read_text(encoding="utf-8").splitlines()]
    targets = [clean_line(t) for t in (folder / f"{tgt}.txt").read_text(encoding="utf-8").splitlines()]
    segments = run(binary, list(zip(sources, targets)), src, tgt)
    assert len(segments) == len(sources), f"{dataset}: {len(segments)} segments for {len(sources)} rows"
    figures = {"segments": len(segments), "flagged": sum(bool(error_keys(s)) for s in segments),
               "flagged_by_check": {c: sum(any(k[0] == c for k in error_keys(s)) for s in segments) for c in CHECKS}}

    text_kinds = {"digit changed": inject_digit, "number dropped": inject_number_drop,
                  "month changed": inject_month, "weekday changed": inject_weekday}
    inject_name = name_injector(segments)
    injected, meta = [], []
    for kind in KINDS:
        rng = random.Random(f"{SEED}/{dataset}/{kind}")
        order = list(range(len(segments)))
        rng.shuffle(order)
        made = 0
        for row in order:
            if made == per_kind:
                break
            segment = segments[row]
            target = segment["target"]["text"]
            changed = (inject_name(segment, rng) if kind == "name replaced"
                       else text_kinds[kind](target, tgt, rng))
            if changed is None or changed == target:
                continue
            injected.append((segment["source"]["text"], changed))
            meta.append((kind, row))
            made += 1
    results = run(binary, injected, src, tgt) if injected else []
    kinds = {kind: collections.Counter() for kind in KINDS}
    for (kind, row), result in zip(meta, results):
        kinds[kind]["injected"] += 1
        kinds[kind]["caught"] += bool(error_keys(result) - error_keys(segments[row]))
    figures["kinds"] = {kind: dict(counts) for kind, counts in kinds.items()}
    figures["injected"] = sum(c["injected"] for c in kinds.values())
    figures["caught"] = sum(c["caught"] for c in kinds.values())
    return figures


def percent(part, whole):
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("binary")
    parser.add_argument("corpora")
    parser.add_argument("datasets", nargs="*", default=DEFAULT)
    parser.add_argument("--per-kind", type=int, default=150, help="injected copies per kind and dataset")
    args = parser.parse_args()
    totals = {kind: collections.Counter() for kind in KINDS}
    header = ["dataset", "segments", "any error", *CHECKS, *KINDS, "all kinds"]
    rows = []
    for dataset in args.datasets:
        f = measure(args.binary, args.corpora, dataset, args.per_kind)
        for kind in KINDS:
            totals[kind].update(f["kinds"][kind])
        rows.append([dataset, str(f["segments"]), percent(f["flagged"], f["segments"]),
                     *[percent(f["flagged_by_check"][c], f["segments"]) for c in CHECKS],
                     *[f"{percent(f['kinds'][k].get('caught', 0), f['kinds'][k].get('injected', 0))} "
                       f"of {f['kinds'][k].get('injected', 0)}" for k in KINDS],
                     percent(f["caught"], f["injected"])])
    injected_all = sum(c["injected"] for c in totals.values())
    caught_all = sum(c["caught"] for c in totals.values())
    rows.append(["all", "", "", "", "", "", *[percent(totals[k]["caught"], totals[k]["injected"]) for k in KINDS],
                 percent(caught_all, injected_all)])
    print("Clean pairs: segments with an error finding (target <= 3%); injected errors: recall (target >= 90% "
          "over all kinds)")
    for row in [header] + rows:
        print("\t".join(row))
    print(f"overall recall: {caught_all}/{injected_all} = {percent(caught_all, injected_all)}")


if __name__ == "__main__":
    main()
