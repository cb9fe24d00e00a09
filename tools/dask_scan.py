#!/usr/bin/env python3
"""Runs `concord scan` on a Dask distributed cluster: one task per shard (`scan --shard K/N --format json`),
a failed shard retried (on another worker when its worker died), then `concord merge` of the shards' reports
into one report, byte for byte the report of one unsharded scan.

    python3 tools/dask_scan.py --scheduler tcp://scheduler:8786 --shards 64 -o report.html --format html \\
        -- /data/corpus
    python3 tools/dask_scan.py --local 4 --shards 8 -o report.json -- corpus/ --jobs 1

Everything after `--` goes to `concord scan` (folders and scan options). Every worker must see the folders
and the concord binary at the same paths (a shared or replicated file system); reports travel back through
Dask, so only this machine writes files. Exit status: that of the merge (as one scan: 0, 1 findings, 2 input
errors), 2 when a shard fails more often than --retries allows. Needs Debian's python3-distributed.
"""
import argparse
import os
import pathlib
import subprocess
import sys
import tempfile


def scan_shard(concord, scan_args, index, count, cwd):
    """One task, run on a worker: shard index/count of the scan; returns its JSON report's bytes."""
    with tempfile.TemporaryDirectory(prefix="concord-shard-") as tmp:
        report = pathlib.Path(tmp) / "shard.json"
        command = [concord, "scan", *scan_args, "--shard", f"{index}/{count}", "--format", "json",
                   "--output", str(report), "--quiet"]
        result = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        # Exit 1 (findings) and 2 (unreadable documents, which the report lists) still give a whole report;
        # without the report the run itself failed (a bad flag, a missing dictionary) and Dask retries it.
        if result.returncode not in (0, 1, 2) or not report.exists():
            raise RuntimeError(f"shard {index}/{count}: concord exited {result.returncode}: {result.stderr[-2000:]}")
        return report.read_bytes()


def run_shards(client, concord, scan_args, shards, cwd, retries=3, task=scan_shard):
    """Submits one task per shard and waits for all; returns the reports, shard 1 first."""
    futures = [client.submit(task, concord, scan_args, k, shards, cwd, key=f"concord-shard-{k}-of-{shards}",
                             retries=retries, pure=False)
               for k in range(1, shards + 1)]
    return client.gather(futures)


def merge(concord, reports, shard_dir, merge_args):
    """Writes the shards' reports to shard_dir and merges them with `concord merge`; returns its exit status."""
    paths = []
    for k, report in enumerate(reports, start=1):
        path = pathlib.Path(shard_dir) / f"shard-{k}-of-{len(reports)}.json"
        path.write_bytes(report)
        paths.append(str(path))
    return subprocess.run([concord, "merge", *paths, *merge_args]).returncode


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    split = argv.index("--") if "--" in argv else len(argv)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="address of a running Dask scheduler, e.g. tcp://host:8786")
    where.add_argument("--local", type=int, metavar="WORKERS", help="start a local cluster of this many processes")
    parser.add_argument("--shards", type=int, required=True, help="number of shards (tasks)")
    parser.add_argument("--retries", type=int, default=3, help="times a failed shard is tried again (default 3)")
    parser.add_argument("--concord", default=str(pathlib.Path(__file__).resolve().parent.parent / "build/concord"),
                        help="the concord binary, at the same path on every worker (default: build/concord)")
    parser.add_argument("--format", default="json", help="format of the merged report (default json)")
    parser.add_argument("-o", "--output", help="merged report file (default: standard output)")
    parser.add_argument("--fail-on", default="error", choices=("error", "warning", "never"))
    parser.add_argument("--shard-dir", help="keep the shards' JSON reports here (to merge again in another format)")
    options = parser.parse_args(argv[:split])
    scan_args = argv[split + 1:]
    if not scan_args or options.shards < 1:
        parser.error("give --shards N >= 1 and, after --, the folders to scan")

    from distributed import Client, LocalCluster  # imported here: --help works without Dask

    cluster = LocalCluster(n_workers=options.local, threads_per_worker=1, dashboard_address=None) \
        if options.local else None
    try:
        with Client(cluster if cluster else options.scheduler) as client:
            reports = run_shards(client, os.path.abspath(options.concord), scan_args, options.shards, os.getcwd(),
                                 options.retries)
    except Exception as error:  # no scheduler, or a shard failed on every try: nothing to merge
        print(f"dask_scan: error: {error}", file=sys.stderr)
        return 2
    finally:
        if cluster:
            cluster.close()
    merge_args = ["--format", options.format, "--fail-on", options.fail_on]
    if options.output:
        merge_args += ["--output", options.output]
    if options.shard_dir:
        os.makedirs(options.shard_dir, exist_ok=True)
        return merge(options.concord, reports, options.shard_dir, merge_args)
    with tempfile.TemporaryDirectory(prefix="concord-shards-") as shard_dir:
        return merge(options.concord, reports, shard_dir, merge_args)


if __name__ == "__main__":
    sys.exit(main())
