#!/usr/bin/env python3
"""tools/dask_scan.py on a local Dask cluster of worker processes: one worker is killed (SIGKILL) while it runs
a shard and another shard's task fails once; the merged report must still equal one unsharded scan, byte for
byte. Needs python3-distributed (scripts/setup.sh --tests)."""
import functools
import logging
import os
import pathlib
import shutil
import signal
import subprocess
import sys
import tempfile
import unittest

CONCORD = os.environ["CONCORD_BIN"]
ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
CORPUS = ROOT / "tests/scan"
SCAN_ARGS = ["good", "broken", "--jobs", "1"]
SHARDS = 5

# The workers are fresh processes: they import the driver's task from tools/ by name.
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "tools"), os.environ.get("PYTHONPATH")]))
sys.path.insert(0, str(ROOT / "tools"))
import dask_scan  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402


def first_time(marker):
    """True for the one caller that creates the marker file, whichever worker process it runs in."""
    try:
        os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        return True
    except FileExistsError:
        return False


def unreliable_scan_shard(marker_dir, concord, scan_args, index, count, cwd):
    """The driver's task, except that the first try of shard 2 kills its worker process outright and the first
    try of shard 4 raises."""
    if index == 2 and first_time(os.path.join(marker_dir, "worker-killed")):
        os.kill(os.getpid(), signal.SIGKILL)
    if index == 4 and first_time(os.path.join(marker_dir, "task-failed")):
        raise RuntimeError("shard 4: injected failure")
    return dask_scan.scan_shard(concord, scan_args, index, count, cwd)


class DaskTest(unittest.TestCase):
    def setUp(self):
        self.dir = pathlib.Path(tempfile.mkdtemp(prefix="concord-dask-"))
        self.addCleanup(shutil.rmtree, self.dir)

    def single_run(self, fmt):
        out = self.dir / f"single.{fmt}"
        result = subprocess.run([CONCORD, "scan", *SCAN_ARGS, "--format", fmt, "-o", str(out)], cwd=CORPUS,
                                stderr=subprocess.PIPE, text=True)
        self.assertEqual(result.returncode, 2, result.stderr)  # the broken documents
        return out.read_bytes()

    def test_killed_worker_and_failed_task_are_retried_and_the_merge_equals_one_run(self):
        markers = self.dir / "markers"
        markers.mkdir()
        with LocalCluster(n_workers=3, threads_per_worker=1, processes=True, dashboard_address=None,
                          silence_logs=logging.CRITICAL) as cluster, Client(cluster) as client:
            workers_before = set(client.scheduler_info()["workers"])
            reports = dask_scan.run_shards(client, CONCORD, SCAN_ARGS, SHARDS, str(CORPUS), retries=2,
                                           task=functools.partial(unreliable_scan_shard, str(markers)))
            workers_after = set(client.scheduler_info()["workers"])
        # Both faults really happened: a worker process died (its nanny started a new one) and a task failed.
        self.assertTrue((markers / "worker-killed").exists())
        self.assertTrue((markers / "task-failed").exists())
        self.assertNotEqual(workers_before, workers_after)
        self.assertEqual(len(reports), SHARDS)

        shard_dir = self.dir / "shards"
        shard_dir.mkdir()
        for fmt in ("json", "html", "sarif"):
            with self.subTest(fmt):
                merged = self.dir / f"merged.{fmt}"
                status = dask_scan.merge(CONCORD, reports, shard_dir, ["--format", fmt, "-o", str(merged)])
                self.assertEqual(status, 2)  # as the single run
                self.assertEqual(merged.read_bytes().decode(), self.single_run(fmt).decode())

    def test_command_line_on_a_local_cluster(self):
        out = self.dir / "report.json"
        result = subprocess.run([sys.executable, str(ROOT / "tools/dask_scan.py"), "--local", "2", "--shards", "3",
                                 "--concord", CONCORD, "-o", str(out), "--", *SCAN_ARGS],
                                cwd=CORPUS, stderr=subprocess.PIPE, text=True, timeout=120)
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertEqual(out.read_bytes().decode(), self.single_run("json").decode())


if __name__ == "__main__":
    unittest.main(verbosity=2)
