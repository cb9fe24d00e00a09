#!/usr/bin/env python3
"""Builds a scan corpus of N documents from ../shared/corpora-ext (WMT22 uk-en), in every layout.

Each WMT document (a line range of docs.tsv) becomes documents: the human reference as NAME.<src>.txt +
NAME.<tgt>.txt, and each MT system's output as a further translation NAME.<system>.<tgt>.txt; every fifth
document is written as a TSV, every seventh as TMX and every eleventh as XLIFF 1.2 instead, so the readers are
exercised too. When N exceeds what the data holds, the same documents are written again in further batch-K/
folders. Generated files never go into the repository: write them to a temporary folder.

Usage: scan_corpus.py OUTPUT_DIR N [--shared DIR]
"""
import argparse
import pathlib
import xml.sax.saxutils

# One direction only: a scan without a configured direction takes the original to be the language with the
# fewest files of a document, which a mixed-direction corpus would leave ambiguous for single pairs.
DATASETS = ("wmt22-uk-en",)


def documents(shared):
    """(dataset, src, tgt, doc_id, source_lines, {variant: target_lines}) for every WMT document."""
    for name in DATASETS:
        folder = shared / "corpora-ext" / name
        src, tgt = name.split("-")[1:]
        source = (folder / f"{src}.txt").read_text(encoding="utf-8").splitlines()
        targets = {"": (folder / f"{tgt}.txt").read_text(encoding="utf-8").splitlines()}
        for system in sorted((folder / "systems").glob(f"*.{tgt}.txt")):
            targets[system.name[: -len(f".{tgt}.txt")]] = system.read_text(encoding="utf-8").splitlines()
        for row in (folder / "docs.tsv").read_text(encoding="utf-8").splitlines():
            start, end, doc_id = row.split("\t")
            lines = slice(int(start) - 1, int(end))
            yield name, src, tgt, doc_id, source[lines], {v: t[lines] for v, t in targets.items()}


def write_tmx(path, src, tgt, pairs):
    esc = xml.sax.saxutils.escape
    units = "".join(f'<tu><tuv xml:lang="{src}"><seg>{esc(s)}</seg></tuv><tuv xml:lang="{tgt}"><seg>{esc(t)}</seg>'
                    f"</tuv></tu>\n" for s, t in pairs)
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="{src}" '
                    f'segtype="sentence" o-tmf="none" adminlang="en" datatype="plaintext" creationtool="bench" '
                    f'creationtoolversion="1"/>\n<body>\n{units}</body></tmx>\n', encoding="utf-8")


def write_xliff(path, src, tgt, pairs):
    esc = xml.sax.saxutils.escape
    units = "".join(f'<trans-unit id="{i}"><source>{esc(s)}</source><target>{esc(t)}</target></trans-unit>\n'
                    for i, (s, t) in enumerate(pairs, 1))
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file source-language="{src}" '
                    f'target-language="{tgt}" original="bench" datatype="plaintext"><body>\n{units}</body></file>'
                    f"</xliff>\n", encoding="utf-8")


def generate(output, count, shared):
    output.mkdir(parents=True, exist_ok=True)
    written, batch = 0, 0
    while written < count:
        root = output / f"batch-{batch}"
        for dataset, src, tgt, doc_id, source, targets in documents(shared):
            folder = root / dataset
            folder.mkdir(parents=True, exist_ok=True)
            for variant, target in targets.items():
                if written >= count:
                    return written
                name = doc_id if not variant else f"{doc_id}.{variant}"
                pairs = [(s, t) for s, t in zip(source, target) if s.strip() and t.strip()]
                if written % 5 == 4 and pairs:
                    (folder / f"{name}.{src}-{tgt}.tsv").write_text(
                        "".join(f"{s}\t{t}\n" for s, t in pairs), encoding="utf-8")
                elif written % 7 == 6 and pairs:
                    write_tmx(folder / f"{name}.tmx", src, tgt, pairs)
                elif written % 11 == 10 and pairs:
                    write_xliff(folder / f"{name}.xlf", src, tgt, pairs)
                else:
                    original = folder / f"{doc_id}.{src}.txt"
                    if not original.exists():
                        original.write_text("\n".join(source) + "\n", encoding="utf-8")
                    (folder / f"{name}.{tgt}.txt").write_text("\n".join(target) + "\n", encoding="utf-8")
                written += 1
        batch += 1
    return written


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output", type=pathlib.Path)
    parser.add_argument("count", type=int)
    parser.add_argument("--shared", type=pathlib.Path,
                        default=pathlib.Path(__file__).resolve().parent.parent.parent / "shared")
    args = parser.parse_args()
    print(generate(args.output, args.count, args.shared))


if __name__ == "__main__":
    main()
