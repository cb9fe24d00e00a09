#!/usr/bin/env python3
"""End-to-end tests of scaling out: `scan --shard K/N`, `merge`, and `stream` (README "Scaling out"), on the
corpus of tests/scan (good documents, broken ones and an ignored file)."""
import json
import os
import pathlib
import shutil
import subprocess
import tempfile
import unittest

CONCORD = os.environ["CONCORD_BIN"]
CORPUS = pathlib.Path(__file__).resolve().parent.parent / "scan"
ROOTS = ("good", "broken")
FORMATS = ("json", "jsonl", "sarif", "html", "junit", "markdown", "text")


def run(*args, stdin=None):
    return subprocess.run([CONCORD, *args], input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, cwd=CORPUS)


def fnv1a64(data: bytes) -> int:
    """The shard hash as README states it, written independently of the C++ one."""
    value = 14695981039346656037
    for byte in data:
        value = ((value ^ byte) * 1099511628211) % 2**64
    return value


class ShardTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = pathlib.Path(tempfile.mkdtemp(prefix="concord-scale-"))
        cls.shards = {}
        for fmt in ("json", "jsonl"):
            for k in (1, 2, 3):
                path = cls.dir / f"shard-{k}-of-3.{fmt}"
                result = run("scan", *ROOTS, "--shard", f"{k}/3", "--format", fmt, "-o", str(path), "-j", "2")
                assert result.returncode in (0, 1, 2) and path.exists(), result.stderr
                cls.shards[fmt, k] = path

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir)

    def single_run(self, fmt):
        path = self.dir / f"single.{fmt}"
        if not path.exists():
            result = run("scan", *ROOTS, "--format", fmt, "-o", str(path), "-j", "2")
            self.assertEqual(result.returncode, 2, result.stderr)  # the broken documents
        return path.read_bytes()

    def merge(self, *reports, fmt="json"):
        out = self.dir / f"merged.{fmt}"
        out.unlink(missing_ok=True)
        result = run("merge", *map(str, reports), "--format", fmt, "-o", str(out))
        return result, out.read_bytes() if out.exists() else None

    def test_shards_cover_every_document_exactly_once(self):
        single = json.loads(self.single_run("json"))
        everything = [(d["source"]["path"], d["target"]["path"]) for d in single["documents"]]
        seen = []
        for k in (1, 2, 3):
            report = json.loads(self.shards["json", k].read_text())
            self.assertEqual(report["shard"]["index"], k)
            self.assertEqual(report["shard"]["count"], 3)
            self.assertEqual(report["shard"]["corpus_documents"], len(everything))
            seen += [(d["source"]["path"], d["target"]["path"]) for d in report["documents"]]
            self.assertGreater(len(report["documents"]), 0, f"shard {k} is empty: pick another corpus")
        self.assertEqual(sorted(seen), sorted(everything))

    def test_a_document_goes_to_the_shard_of_its_hashed_relative_translation_path(self):
        for k in (1, 2, 3):
            report = json.loads(self.shards["json", k].read_text())
            for document in report["documents"]:
                relative = document["target"]["path"].split("/", 1)[1]  # the path below its root folder
                self.assertEqual(fnv1a64(relative.encode()) % 3, k - 1, relative)

    def test_merged_report_equals_the_single_run_byte_for_byte_in_every_format(self):
        shards = [self.shards["json", k] for k in (3, 1, 2)]  # any order
        for fmt in FORMATS:
            with self.subTest(fmt):
                result, merged = self.merge(*shards, fmt=fmt)
                self.assertEqual(result.returncode, 2, result.stderr)  # as the single run: broken documents
                self.assertEqual(merged.decode(), self.single_run(fmt).decode())

    def test_shard_reports_laid_out_differently_still_merge_byte_for_byte(self):
        """Merge reads the JSON, not concord's line layout: a report re-indented by another tool still merges."""
        relaid = []
        for k in (1, 2, 3):
            path = self.dir / f"relaid-{k}.json"
            report = json.loads(self.shards["json", k].read_text())
            path.write_text(json.dumps(dict(reversed(report.items())), indent=None if k == 3 else 1,
                                       ensure_ascii=k == 2))  # shard 3 on one line, as `jq -c` writes it
            relaid.append(path)
        result, merged = self.merge(*relaid, fmt="html")
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertEqual(merged.decode(), self.single_run("html").decode())

    def test_jsonl_shards_merge_to_the_single_runs_jsonl(self):
        result, merged = self.merge(*(self.shards["jsonl", k] for k in (2, 3, 1)), fmt="jsonl")
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertEqual(merged.decode(), self.single_run("jsonl").decode())
        result, _ = self.merge(*(self.shards["jsonl", k] for k in (1, 2, 3)), fmt="html")
        self.assertEqual(result.returncode, 2)
        self.assertIn("merge to --format jsonl only", result.stderr)

    def test_one_shard_of_one_is_the_whole_corpus(self):
        path = self.dir / "shard-1-of-1.json"
        run("scan", *ROOTS, "--shard", "1/1", "--format", "json", "-o", str(path))
        result, merged = self.merge(path)
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertEqual(merged.decode(), self.single_run("json").decode())

    def test_a_missing_shard_is_named_and_nothing_is_written(self):
        for fmt in ("json", "jsonl"):
            with self.subTest(fmt):
                result, merged = self.merge(self.shards[fmt, 1], self.shards[fmt, 3], fmt=fmt)
                self.assertEqual(result.returncode, 2)
                self.assertEqual(result.stderr, "concord: error: shards missing: 2/3 (merge needs every shard of "
                                                "the scan)\n")
                self.assertIsNone(merged)

    def test_a_duplicated_shard_is_named_with_both_files(self):
        copy = self.dir / "copy-of-shard-2.json"
        shutil.copy(self.shards["json", 2], copy)
        result, merged = self.merge(self.shards["json", 1], self.shards["json", 2], copy, self.shards["json", 3])
        self.assertEqual(result.returncode, 2)
        self.assertEqual(result.stderr,
                         f"concord: error: shard 2/3 is given twice: {self.shards['json', 2]} and {copy}\n")
        self.assertIsNone(merged)

    def test_shards_of_another_split_or_corpus_are_refused(self):
        other = self.dir / "shard-1-of-2.json"
        run("scan", *ROOTS, "--shard", "1/2", "--format", "json", "-o", str(other))
        result, _ = self.merge(self.shards["json", 1], other)
        self.assertEqual(result.returncode, 2)
        self.assertIn("are not shards of the same scan", result.stderr)
        good_only = self.dir / "good-shard-2-of-3.json"
        run("scan", "good", "--shard", "2/3", "--format", "json", "-o", str(good_only))
        result, _ = self.merge(self.shards["json", 1], good_only, self.shards["json", 3])
        self.assertEqual(result.returncode, 2)
        self.assertIn("are not shards of the same scan", result.stderr)

    def test_a_report_that_is_not_a_shard_or_is_cut_short_is_refused(self):
        self.single_run("json")
        result, _ = self.merge(self.dir / "single.json")
        self.assertEqual(result.returncode, 2)
        self.assertIn("not the report of a shard (write it with scan --shard K/N)", result.stderr)
        cut = self.dir / "cut.json"
        cut.write_bytes(self.shards["json", 2].read_bytes()[:-40])
        result, _ = self.merge(self.shards["json", 1], cut, self.shards["json", 3])
        self.assertEqual(result.returncode, 2)
        self.assertIn(f"concord: error: {cut}: not a concord-report/1 JSON report", result.stderr)

    def test_a_bad_shard_argument_is_a_usage_error(self):
        for bad in ("0/3", "4/3", "3", "a/b", "1/0", "-1/3"):
            with self.subTest(bad):
                result = run("scan", *ROOTS, "--shard", bad, "--format", "json")
                self.assertEqual(result.returncode, 2)
                self.assertEqual(result.stdout, "")
                self.assertIn(f"--shard {bad}: expected K/N with 1 <= K <= N", result.stderr)


class StreamTest(unittest.TestCase):
    def setUp(self):
        self.dir = pathlib.Path(tempfile.mkdtemp(prefix="concord-stream-"))
        self.addCleanup(shutil.rmtree, self.dir)

    def check_document(self, *args):
        result = run("check", *args, "--format", "json")
        return json.loads(result.stdout)["documents"][0]

    def test_each_request_gets_one_line_with_the_document_of_check(self):
        requests = [
            {"id": "pair", "source": "good/pairs/harvest.uk.txt", "target": "good/pairs/harvest.flawed.en.txt"},
            {"id": 7, "path": "good/tsv/wages.uk-en.tsv"},
            {"path": "good/xliff/interview.xlf"},
        ]
        result = run("stream", stdin="".join(json.dumps(r) + "\n" for r in requests))
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = [json.loads(line) for line in result.stdout.splitlines()]
        self.assertEqual([line["input_line"] for line in lines], [1, 2, 3])
        self.assertEqual([line.get("id") for line in lines], ["pair", 7, None])
        expected = [self.check_document("good/pairs/harvest.uk.txt", "good/pairs/harvest.flawed.en.txt"),
                    self.check_document("--tsv", "good/tsv/wages.uk-en.tsv"),
                    self.check_document("good/xliff/interview.xlf")]
        for line, document in zip(lines, expected):
            line.pop("input_line")
            line.pop("id", None)
            self.assertEqual(line, document)

    def test_inline_tsv_segments_are_checked(self):
        tsv = (CORPUS / "good/tsv/wages.uk-en.tsv").read_text()
        request = {"tsv": tsv, "from": "uk", "to": "en"}
        result = run("stream", stdin=json.dumps(request) + "\n")
        line = json.loads(result.stdout)
        document = self.check_document("--tsv", "good/tsv/wages.uk-en.tsv")
        self.assertEqual(line["source"], {"path": "stdin:1", "lang": "uk"})
        self.assertEqual(line["segments"], document["segments"])

    def test_bad_lines_give_error_records_and_the_stream_goes_on(self):
        lines = ["not json", "[1, 2]", '{"source": "a.uk.txt"}', '{"path": "missing.tmx"}',
                 '{"path": "good/notes.md"}', '{"tsv": "no tab here", "from": "uk", "to": "en"}', "",
                 '{"path": "good/tsv/wages.uk-en.tsv", "from": 5}', '{"path": "good/tsv/wages.uk-en.tsv"}']
        result = run("stream", stdin="\n".join(lines) + "\n")
        self.assertEqual(result.returncode, 0, result.stderr)
        out = [json.loads(line) for line in result.stdout.splitlines()]
        self.assertEqual([o["input_line"] for o in out], [1, 2, 3, 4, 5, 6, 8, 9])  # line 7 is blank
        self.assertEqual([o["status"] for o in out], ["error"] * 7 + ["ok"])
        messages = [o["error"] for o in out[:7]]
        self.assertIn("stdin:1: not JSON", messages[0])
        self.assertEqual(messages[1], "stdin:2: expected a JSON object")
        self.assertEqual(messages[2], 'stdin:3: expected one of "source" and "target", "path", or "tsv"')
        self.assertIn("missing.tmx", messages[3])
        self.assertEqual(messages[4], "good/notes.md: not a .tsv, .tmx, .xlf or .xliff file")
        self.assertEqual(messages[5], "stdin:6:1: no TAB between source and target")
        self.assertEqual(messages[6], 'stdin:8: "from" must be a string')

    def test_each_answer_is_flushed_before_the_next_request_is_read(self):
        process = subprocess.Popen([CONCORD, "stream"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   text=True, cwd=CORPUS)
        try:
            for n in (1, 2):
                process.stdin.write(json.dumps({"path": "good/tsv/wages.uk-en.tsv"}) + "\n")
                process.stdin.flush()
                answer = json.loads(process.stdout.readline())  # blocks until this very answer is written
                self.assertEqual((answer["input_line"], answer["status"]), (n, "ok"))
        finally:
            process.stdin.close()
            process.wait(timeout=60)
        self.assertEqual(process.returncode, 0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
