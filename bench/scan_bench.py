#!/usr/bin/env python3
"""Speed and memory of `concord scan` on generated corpora (bench/scan_corpus.py, from ../shared/corpora-ext).

Measures, and prints as a Markdown table:
  - wall time of -j 1 and -j 2 on N documents (best of --repeat runs), and the speed-up;
  - that the two reports are byte-identical;
  - peak resident memory of the concord process (GNU time) scanning N and 10 x N documents, and their ratio.
Never run by CTest: it takes minutes and measures the machine.

Usage: scan_bench.py CONCORD_BIN [--documents N] [--repeat R] [--work DIR]
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


# GNU time (Debian package `time`) measures the peak RSS of concord alone. os.wait4 from Python would not: a
# child's ru_maxrss includes the memory of the Python process it was forked from, before the exec.
TIME = "/usr/bin/time"


def run_scan(concord, corpus, jobs, report):
    """Runs one scan; returns (seconds, peak RSS in MiB, exit status)."""
    with tempfile.NamedTemporaryFile("r") as peak:
        start = time.perf_counter()
        result = subprocess.run([TIME, "-f", "%M", "-o", peak.name, concord, "scan", str(corpus), "-j", str(jobs),
                                 "--quiet", "--format", "json", "-o", str(report)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        seconds = time.perf_counter() - start
        kib = int(peak.read().split()[-1])
    if result.returncode not in (0, 1):
        sys.exit(f"scan of {corpus} exited {result.returncode}: {result.stderr}")
    return seconds, kib / 1024, result.returncode


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("concord")
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--work", type=pathlib.Path, default=None, help="where to generate (default: a temp dir)")
    parser.add_argument("--shared", type=pathlib.Path,
                        default=pathlib.Path(__file__).resolve().parent.parent.parent / "shared")
    args = parser.parse_args()
    if not os.access(TIME, os.X_OK):
        sys.exit(f"{TIME} is missing: apt-get install time")
    work = args.work or pathlib.Path(tempfile.mkdtemp(prefix="concord-scan-bench-"))
    small, large = work / f"corpus-{args.documents}", work / f"corpus-{10 * args.documents}"
    for corpus, count in ((small, args.documents), (large, 10 * args.documents)):
        if not corpus.exists():
            scan_corpus.generate(corpus, count, args.shared)

    rows = []
    for corpus, count in ((small, args.documents), (large, 10 * args.documents)):
        times, memory = {}, {}
        for jobs in (1, 2):
            runs = [run_scan(args.concord, corpus, jobs, work / f"report-{count}-j{jobs}.json")
                    for _ in range(args.repeat)]
            times[jobs] = min(r[0] for r in runs)
            memory[jobs] = max(r[1] for r in runs)
        identical = (work / f"report-{count}-j1.json").read_bytes() == (work / f"report-{count}-j2.json").read_bytes()
        rows.append((count, times, memory, identical))

    print(f"concord scan, best of {args.repeat} runs, {os.cpu_count()} cores; corpora in {work}\n")
    print("| documents | -j 1 (s) | -j 2 (s) | speed-up | docs/s at -j 2 | peak RSS -j 1 (MiB) | peak RSS -j 2 (MiB) "
          "| reports identical |")
    print("|---|---|---|---|---|---|---|---|")
    for count, times, memory, identical in rows:
        print(f"| {count} | {times[1]:.2f} | {times[2]:.2f} | {times[1] / times[2]:.2f}x | {count / times[2]:.0f} "
              f"| {memory[1]:.1f} | {memory[2]:.1f} | {'yes' if identical else 'NO'} |")
    (count_s, _, memory_s, _), (count_l, _, memory_l, _) = rows
    for jobs in (1, 2):
        print(f"\npeak memory, {count_l} vs {count_s} documents at -j {jobs}: {memory_l[jobs] / memory_s[jobs]:.2f}x")
    if not all(row[3] for row in rows):
        sys.exit("reports differ between -j 1 and -j 2")


if __name__ == "__main__":
    main()
