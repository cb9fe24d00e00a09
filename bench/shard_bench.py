#!/usr/bin/env python3
"""Scaling out `concord scan` by shards on one machine (bench/scan_corpus.py corpus from ../shared/corpora-ext).

For 1, 2 and 4 workers, starts that many `concord scan --shard K/N --jobs 1` processes at once (what GNU
parallel or a Kubernetes Indexed Job does on several hosts) and then `concord merge`, and measures:
  - wall time of the shards and of the merge, and documents per second;
  - processor time of all shard processes (user + system), hence the processor time per document;
  - that the merged report is byte-identical to a single unsharded `--jobs 1` run.
Then splits the processor time into a fixed start per shard process and a cost per document, and projects
the processor hours and the wall time of 10 million documents on 100 and 1000 single-core workers.
Never run by CTest: it takes minutes and measures the machine.

Usage: shard_bench.py CONCORD_BIN [--documents N] [--workers 1,2,4] [--work DIR]
"""
import argparse
import os
import pathlib
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import scan_corpus  # noqa: E402

PROJECTED_DOCUMENTS = 10_000_000


def children_cpu():
    usage = os.times()
    return usage.children_user + usage.children_system


def run_shards(concord, corpus, workers, work):
    """All shards at once, then the merge; returns (shard seconds, merge seconds, cpu seconds, merged path)."""
    reports = [work / f"shard-{k}-of-{workers}.json" for k in range(1, workers + 1)]
    cpu_before = children_cpu()
    start = time.perf_counter()
    processes = [subprocess.Popen([concord, "scan", str(corpus), "--shard", f"{k}/{workers}", "--jobs", "1",
                                   "--quiet", "--format", "json", "-o", str(report)], stdout=subprocess.DEVNULL)
                 for k, report in enumerate(reports, start=1)]
    for process in processes:
        if process.wait() not in (0, 1):
            sys.exit(f"a shard of {workers} exited {process.returncode}")
    shards_done = time.perf_counter()
    cpu = children_cpu() - cpu_before
    merged = work / f"merged-{workers}.json"
    result = subprocess.run([concord, "merge", *map(str, reports), "--format", "json", "-o", str(merged)])
    if result.returncode not in (0, 1):
        sys.exit(f"merge of {workers} shards exited {result.returncode}")
    return shards_done - start, time.perf_counter() - shards_done, cpu, merged


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("concord")
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--work", type=pathlib.Path, default=None, help="where to generate (default: a temp dir)")
    parser.add_argument("--shared", type=pathlib.Path,
                        default=pathlib.Path(__file__).resolve().parent.parent.parent / "shared")
    args = parser.parse_args()
    work = args.work or pathlib.Path(tempfile.mkdtemp(prefix="concord-shard-bench-"))
    corpus = work / f"corpus-{args.documents}"
    if not corpus.exists():
        scan_corpus.generate(corpus, args.documents, args.shared)

    single = work / "single.json"
    subprocess.run([args.concord, "scan", str(corpus), "--jobs", "1", "--quiet", "--format", "json", "-o",
                    str(single)], stdout=subprocess.DEVNULL, check=False)
    rows = []
    for workers in (int(w) for w in args.workers.split(",")):
        shard_seconds, merge_seconds, cpu, merged = run_shards(args.concord, corpus, workers, work)
        rows.append((workers, shard_seconds, merge_seconds, cpu, merged.read_bytes() == single.read_bytes()))

    print(f"{args.documents} documents, {os.cpu_count()} cores (shared with other work); corpus in {work}\n")
    print("| workers | shards, wall (s) | merge (s) | documents/s | processor s per document | merged == single run |")
    print("|---|---|---|---|---|---|")
    for workers, shard_seconds, merge_seconds, cpu, identical in rows:
        rate = args.documents / (shard_seconds + merge_seconds)
        print(f"| {workers} | {shard_seconds:.1f} | {merge_seconds:.2f} | {rate:.0f} | {cpu / args.documents * 1000:.1f} ms "
              f"| {'yes' if identical else 'NO'} |")
    # Each shard process pays a fixed start (dictionaries loaded once per process) besides its documents: from
    # the processor time of the runs with the fewest and the most processes, fixed + documents * per document.
    (few, _, _, cpu_few, _), (many, _, _, cpu_many, _) = min(rows), max(rows)
    fixed = (cpu_many - cpu_few) / (many - few) if many > few else 0.0
    per_document = (cpu_few - few * fixed) / args.documents
    print(f"\nprocessor time: {fixed:.2f} s per shard process (start) + {per_document * 1000:.2f} ms per document")
    for shards in (100, 1000):
        hours = (PROJECTED_DOCUMENTS * per_document + shards * fixed) / 3600
        print(f"{PROJECTED_DOCUMENTS:,} documents in {shards} shards: {hours:.1f} processor-hours; on {shards} "
              f"single-core workers about {hours / shards * 60:.1f} min of wall time, plus the merge")
    if not all(row[4] for row in rows):
        sys.exit("a merged report differs from the single run")


if __name__ == "__main__":
    main()
