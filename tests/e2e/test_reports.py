#!/usr/bin/env python3
"""End-to-end tests of the report formats and the baseline: the real binary on real files."""
import json
import os
import pathlib
import pty
import subprocess
import tempfile
import unittest
import xml.etree.ElementTree as ET

import jsonschema

CONCORD = os.environ["CONCORD_BIN"]
UNIT_TESTS = os.environ["CONCORD_UNIT_TESTS"]
SHARED = pathlib.Path(os.environ["CONCORD_SHARED"])
ROOT = pathlib.Path(__file__).resolve().parents[2]
SOURCE = ROOT / "corpora" / "energy-prices.uk.txt"
FLAWED = ROOT / "corpora" / "energy-prices.flawed.en.txt"
PAIR_UK = ["Українці сказали, що ми зробили 90%, і я з ними згоден.", "Це коштувало 1 500,5 гривень.",
           "У 2021 році ціни зросли на 12%."]
PAIR_EN = ["The Ukrainians said we've done 80%, and I agree with them.", "It cost 1,500.5 hryvnias.",
           "In 2021, prices rose by 12%."]


def run(*args, cwd=None, env=None):
    return subprocess.run([CONCORD, *args], capture_output=True, text=True, cwd=cwd, env=env)


def findings_of(report):
    return [f for d in report["documents"] for s in d["segments"] for f in s["findings"]]


class ReportFormatsTest(unittest.TestCase):
    def setUp(self):
        self.dir = pathlib.Path(tempfile.mkdtemp(prefix="concord-reports-"))

    def write(self, name, lines):
        path = self.dir / name
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return str(path)

    def report(self, *args):
        result = run("check", *args, "--format", "json", "--fail-on", "never")
        self.assertEqual(result.returncode, 0, result.stderr)
        return json.loads(result.stdout)

    def output(self, *args):
        result = run("check", *args, "--fail-on", "never")
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout

    def test_sarif_validates_against_the_official_schema(self):
        schema = json.loads((SHARED / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
        for pair in ((str(SOURCE), str(FLAWED)), (self.write("a.uk.txt", PAIR_UK), self.write("a en.txt", PAIR_EN))):
            with self.subTest(target=pathlib.Path(pair[1]).name):
                sarif = json.loads(self.output(*pair, "--format", "sarif"))
                validator = jsonschema.Draft4Validator(schema)
                errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(sarif)]
                self.assertEqual(errors, [])
                expected = findings_of(self.report(*pair))
                results = sarif["runs"][0]["results"]
                self.assertEqual([(r["ruleId"], r["message"]["text"]) for r in results],
                                 [(f["check"], f["message"]) for f in expected])
                rules = {rule["id"] for rule in sarif["runs"][0]["tool"]["driver"]["rules"]}
                self.assertTrue({f["check"] for f in expected} <= rules)
                self.assertTrue(expected, "the pair must have findings for this test to mean anything")

    def synthetic(self, format_):
        """A report of several documents with every severity, an omission and a failed document (unit tests)."""
        result = subprocess.run([UNIT_TESTS, "--test-case=the synthetic reports are written*"],
                                env={**os.environ, "CONCORD_SYNTHETIC_DIR": str(self.dir)}, capture_output=True, text=True)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        return (self.dir / f"synthetic.{format_}").read_text(encoding="utf-8")

    def test_sarif_of_several_documents_with_a_failed_one_validates_too(self):
        schema = json.loads((SHARED / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
        sarif = json.loads(self.synthetic("sarif"))
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in jsonschema.Draft4Validator(schema).iter_errors(sarif)]
        self.assertEqual(errors, [])
        self.assertEqual(sorted(r["level"] for r in sarif["runs"][0]["results"]), ["error", "note", "warning", "warning"])
        self.assertEqual(len(sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]), 1)

    def test_junit_of_several_documents_parses_with_failures_and_errors(self):
        root = ET.fromstring(self.synthetic("junit"))
        suites = root.findall("testsuite")
        self.assertEqual([int(s.get("tests")) for s in suites], [5, 1, 1])
        self.assertEqual([int(s.get("failures")) for s in suites], [1, 0, 0])
        self.assertEqual([int(s.get("errors")) for s in suites], [0, 1, 0])
        self.assertEqual([len(s.findall("testcase")) for s in suites], [5, 1, 1])
        self.assertEqual(root.find(".//error").get("message"), "news/b.uk.txt:3: invalid UTF-8")
        notes = "".join(out.text for out in root.iter("system-out"))
        self.assertIn('<script>window.concordInjected = 1</script> & "quotes"', notes)

    def test_sarif_region_points_at_the_translated_excerpt(self):
        uk, en = self.write("a.uk.txt", PAIR_UK), self.write("a.en.txt", PAIR_EN)
        result = json.loads(self.output(uk, en, "--format", "sarif"))["runs"][0]["results"][0]
        region = result["locations"][0]["physicalLocation"]["region"]
        line = PAIR_EN[region["startLine"] - 1]
        self.assertEqual(line[region["startColumn"] - 1:region["endColumn"] - 1], "80%")
        source = result["relatedLocations"][0]["physicalLocation"]["region"]
        self.assertEqual(PAIR_UK[source["startLine"] - 1][source["startColumn"] - 1:source["endColumn"] - 1], "90%")

    def test_junit_parses_with_a_case_per_segment_and_a_failure_per_segment_with_errors(self):
        report = self.report(str(SOURCE), str(FLAWED))
        root = ET.fromstring(self.output(str(SOURCE), str(FLAWED), "--format", "junit"))
        suites = root.findall("testsuite")
        self.assertEqual(len(suites), 1)
        segments = report["documents"][0]["segments"]
        failing = [s for s in segments if any(f["severity"] == "error" for f in s["findings"])]
        self.assertEqual(len(suites[0].findall("testcase")), len(segments))
        self.assertEqual(int(suites[0].get("tests")), len(segments))
        self.assertEqual(int(suites[0].get("failures")), len(failing))
        self.assertEqual(len(root.findall(".//failure")), len(failing))
        self.assertGreater(len(failing), 1, "the flawed pair has several segments with errors")

    def test_jsonl_is_one_finding_per_line_then_the_summary(self):
        report = self.report(str(SOURCE), str(FLAWED))
        lines = [json.loads(line) for line in self.output(str(SOURCE), str(FLAWED), "--format", "jsonl").splitlines()]
        def excerpt(side):
            return side["text"] if side else None
        self.assertEqual([(l["check"], excerpt(l["source"]), excerpt(l["target"])) for l in lines[:-1]],
                         [(f["check"], excerpt(f["source"]), excerpt(f["target"])) for f in findings_of(report)])
        self.assertEqual(lines[-1], {"type": "summary", **report["summary"]})

    def test_markdown_has_the_totals_and_the_findings(self):
        report = self.report(str(SOURCE), str(FLAWED))
        markdown = self.output(str(SOURCE), str(FLAWED), "--format", "markdown")
        summary = report["summary"]
        self.assertIn(f"| 1 | 0 | {summary['segments']} | {summary['errors']} | {summary['warnings']} | "
                      f"{summary['infos']} |", markdown)
        number_errors = sum(f["check"] == "number" and f["severity"] == "error" for f in findings_of(report))
        self.assertGreater(number_errors, 1)
        self.assertIn(f"| `number` | {number_errors} |", markdown)
        self.assertIn("**15%**", markdown)
        self.assertIn("**25%**", markdown)

    def test_baseline_round_trip_reports_only_the_new_finding(self):
        uk, en = self.write("a.uk.txt", PAIR_UK), self.write("a.en.txt", PAIR_EN)
        baseline = str(self.dir / "baseline.json")
        first = run("check", uk, en, "--write-baseline", baseline, "--format", "json")
        self.assertEqual(first.returncode, 1, first.stderr)
        self.assertEqual(len(findings_of(json.loads(first.stdout))), 1)
        self.assertEqual(findings_of(json.loads(pathlib.Path(baseline).read_text(encoding="utf-8"))),
                         findings_of(json.loads(first.stdout)))

        unchanged = run("check", uk, en, "--baseline", baseline, "--format", "json")
        self.assertEqual(unchanged.returncode, 0, unchanged.stderr)
        self.assertEqual(findings_of(json.loads(unchanged.stdout)), [])

        # A paragraph inserted above shifts every line; one segment gets a new mistake.
        self.write("a.uk.txt", ["Вступ."] + PAIR_UK)
        self.write("a.en.txt", ["Introduction."] + PAIR_EN[:2] + [PAIR_EN[2].replace("12%", "21%")])
        second = run("check", uk, en, "--baseline", baseline, "--format", "json")
        self.assertEqual(second.returncode, 1, second.stderr)
        new = findings_of(json.loads(second.stdout))
        self.assertEqual([(f["check"], f["source"]["text"], f["target"]["text"]) for f in new],
                         [("number", "12%", "21%")])
        self.assertEqual(json.loads(second.stdout)["summary"]["errors"], 1)

    def test_a_baseline_can_be_updated_in_place(self):
        uk, en = self.write("a.uk.txt", PAIR_UK), self.write("a.en.txt", PAIR_EN)
        baseline = str(self.dir / "baseline.json")
        self.assertEqual(run("check", uk, en, "--write-baseline", baseline).returncode, 1)
        self.write("a.en.txt", PAIR_EN[:2] + [PAIR_EN[2].replace("12%", "21%")])
        updated = run("check", uk, en, "--baseline", baseline, "--write-baseline", baseline, "--format", "json")
        self.assertEqual(len(findings_of(json.loads(updated.stdout))), 1, "the old baseline filtered this run")
        self.assertEqual(len(findings_of(json.loads(pathlib.Path(baseline).read_text(encoding="utf-8")))), 2)
        again = run("check", uk, en, "--baseline", baseline, "--format", "json")
        self.assertEqual((again.returncode, findings_of(json.loads(again.stdout))), (0, []))

    def test_a_baseline_that_is_not_a_report_is_a_usage_error(self):
        uk, en = self.write("a.uk.txt", PAIR_UK), self.write("a.en.txt", PAIR_EN)
        bad = self.write("bad.json", ["{}"])
        result = run("check", uk, en, "--baseline", bad)
        self.assertEqual(result.returncode, 2)
        self.assertIn("bad.json", result.stderr)
        self.assertEqual(result.stdout, "")

    def test_text_is_coloured_on_a_terminal_unless_no_color(self):
        uk, en = self.write("a.uk.txt", PAIR_UK), self.write("a.en.txt", PAIR_EN)

        def on_terminal(extra_env):
            env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"} | extra_env
            pid, fd = pty.fork()
            if pid == 0:
                os.execve(CONCORD, [CONCORD, "check", uk, en], env)
            chunks = []
            while True:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                chunks.append(chunk)
            os.waitpid(pid, 0)
            return b"".join(chunks).decode("utf-8", "replace")

        self.assertIn("\033[31merror", on_terminal({}))
        self.assertNotIn("\033[", on_terminal({"NO_COLOR": "1"}))


if __name__ == "__main__":
    unittest.main(verbosity=2)
